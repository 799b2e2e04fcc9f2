import type { SimParagraph } from "../model/nodes";
import { ErrorCodes, SimError } from "../runtime/errors";
import { requireWordApi } from "../runtime/requirements";
import { type PropDef, SimObject } from "../runtime/proxy";

/** WordApi 1.3 (https://learn.microsoft.com/en-us/javascript/api/word/word.list): the list a paragraph belongs to. */
export class ListProxy extends SimObject<SimParagraph> {
  get _typeName(): string {
    return "List";
  }
  protected _props(): Record<string, PropDef<SimParagraph>> {
    return { id: { get: (p) => p.list?.numId ?? 0 } };
  }
  get id(): number {
    return this._read("id");
  }
}

export function listOf(p: SimParagraph | null, orNull: boolean, ctx: ListProxy["context"]): SimParagraph | null {
  requireWordApi(ctx, 3, "Paragraph.list");
  if (p?.list) return p;
  if (orNull) return null;
  throw new SimError(ErrorCodes.itemNotFound, "The paragraph is not in a list.", "Paragraph.list");
}
