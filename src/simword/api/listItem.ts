import { listStringOf } from "../model/lists";
import type { SimParagraph } from "../model/nodes";
import { ErrorCodes, SimError } from "../runtime/errors";
import { requireWordApi } from "../runtime/requirements";
import { type PropDef, SimObject } from "../runtime/proxy";

/**
 * WordApi 1.3 (https://learn.microsoft.com/en-us/javascript/api/word/word.listitem): a list paragraph's automatic
 * number. listString is the number as drawn ("一、", "（二）"); it is not part of paragraph.text.
 */
export class ListItemProxy extends SimObject<SimParagraph> {
  get _typeName(): string {
    return "ListItem";
  }
  protected _props(): Record<string, PropDef<SimParagraph>> {
    return {
      level: { get: (p) => p.list?.level ?? 0 },
      listString: { get: (p) => listStringOf(p, this.context.runtime.doc.lists) },
    };
  }
  get level(): number {
    return this._read("level");
  }
  get listString(): string {
    return this._read("listString");
  }
}

/** Paragraph.listItem: fails with ItemNotFound on a paragraph outside a list, as Word does; the OrNull form gives a null object. */
export function listItemOf(p: SimParagraph | null, orNull: boolean, ctx: ListItemProxy["context"]): SimParagraph | null {
  requireWordApi(ctx, 3, "Paragraph.listItem");
  if (p?.list) return p;
  if (orNull) return null;
  throw new SimError(ErrorCodes.itemNotFound, "The paragraph is not a list item.", "Paragraph.listItem");
}
