import type { SimContainer, SimParagraph, SimTable } from "../model/nodes";
import { ErrorCodes, SimError } from "../runtime/errors";
import { requireWordApi } from "../runtime/requirements";
import { type PropDef, SimObject } from "../runtime/proxy";

const cellText = (c: SimContainer): string => c.paragraphs().map((p) => p.text).join("\r");

interface RowRef {
  table: SimTable;
  index: number;
}

/** WordApi 1.3 (https://learn.microsoft.com/en-us/javascript/api/word/word.tablerow): a row and its cells' texts. */
export class TableRowProxy extends SimObject<RowRef> {
  get _typeName(): string {
    return "TableRow";
  }
  protected _props(): Record<string, PropDef<RowRef>> {
    return {
      rowIndex: { get: (r) => r.index },
      cellCount: { get: (r) => r.table.rows[r.index]?.length ?? 0 },
      values: { get: (r) => [(r.table.rows[r.index] ?? []).map(cellText)] },
    };
  }
  get rowIndex(): number {
    return this._read("rowIndex");
  }
  get values(): string[][] {
    return this._read("values");
  }
}

/** WordApi 1.3 (https://learn.microsoft.com/en-us/javascript/api/word/word.tablecell): the cell holding a paragraph. */
export class TableCellProxy extends SimObject<SimContainer> {
  get _typeName(): string {
    return "TableCell";
  }
  protected _props(): Record<string, PropDef<SimContainer>> {
    return {
      cellIndex: { get: (c) => position(unmerged(c)).cell },
      rowIndex: { get: (c) => position(unmerged(c)).row },
      value: { get: (c) => cellText(c) },
    };
  }
  protected override _navs(): Record<string, () => SimObject<unknown>> {
    return { parentRow: () => this.parentRow };
  }
  get cellIndex(): number {
    return this._read("cellIndex");
  }
  get rowIndex(): number {
    return this._read("rowIndex");
  }
  get value(): string {
    return this._read("value");
  }
  get parentRow(): TableRowProxy {
    // A null cell's row is a null object too (what a null object's navigation gives in Office.js).
    return this._child("parentRow", () => new TableRowProxy(this.context, () => {
      const c = this._resolveOrNull();
      return c ? { table: c.table as SimTable, index: position(c).row } : null;
    }));
  }
}

/**
 * office-js issue 3200 (Word on Windows, 2212): loading cellIndex of a vertically merged cell fails the whole batch
 * with GeneralException, horizontally merged cells load fine. The simulation does the same for rowIndex, which the
 * issue does not mention (the harsher reading); the Word probe's table.merged check records what Word does.
 */
function unmerged(c: SimContainer): SimContainer {
  if (c.vMerge) throw new SimError(ErrorCodes.generalException, "The cell is vertically merged.", "TableCell.cellIndex");
  return c;
}

function position(c: SimContainer): { row: number; cell: number } {
  const rows = c.table?.rows ?? [];
  for (let r = 0; r < rows.length; r += 1) {
    const k = rows[r]?.indexOf(c) ?? -1;
    if (k >= 0) return { row: r, cell: k };
  }
  throw new SimError(ErrorCodes.itemNotFound, "The cell is not in a table.", "TableCell");
}

/** The innermost cell holding a paragraph, or null (Paragraph.parentTableCellOrNullObject). */
export function cellOf(p: SimParagraph | null, ctx: TableCellProxy["context"]): SimContainer | null {
  requireWordApi(ctx, 3, "Paragraph.parentTableCell");
  return p && p.parent.kind === "cell" ? p.parent : null;
}
