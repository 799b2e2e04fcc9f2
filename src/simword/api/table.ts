import type { SimContainer, SimTable } from "../model/nodes";
import { mergeCells } from "../model/merge";
import { ErrorCodes, SimError } from "../runtime/errors";
import { requireWordApi } from "../runtime/requirements";
import { type PropDef, SimCollection, SimObject } from "../runtime/proxy";
import { BodyProxy } from "./body";

export class TableProxy extends SimObject<SimTable> {
  get _typeName(): string {
    return "Table";
  }
  protected _props(): Record<string, PropDef<SimTable>> {
    return {
      values: { get: (t) => t.values },
      rowCount: { get: (t) => t.rows.length },
      nestingLevel: { get: (t) => t.parent.kind === "cell" ? 2 : 1 },
    };
  }
  get values(): string[][] {
    return this._read("values");
  }
  get rowCount(): number {
    return this._read("rowCount");
  }
  get nestingLevel(): number {
    return this._read("nestingLevel");
  }

  /**
   * WordApi 1.4 (https://learn.microsoft.com/en-us/javascript/api/word/word.table#word-word-table-mergecells-member(1)):
   * merges the cells bounded by a first and last cell. The merged cell itself is not returned here (nothing uses it).
   */
  mergeCells(topRow: number, firstCell: number, bottomRow: number, lastCell: number): void {
    this._method("mergeCells", [topRow, firstCell, bottomRow, lastCell], true, (t) => {
      requireWordApi(this.context, 4, "Table.mergeCells");
      const merged = mergeCells(t, topRow, firstCell, bottomRow, lastCell);
      if (typeof merged === "string") throw new SimError(ErrorCodes.invalidArgument, `Table.mergeCells: ${merged}.`, "Table.mergeCells");
      return undefined;
    });
  }

  /** The body of one cell (Word: table.getCell(row, column).body). */
  getCell(rowIndex: number, cellIndex: number): { body: BodyProxy } {
    const body = this._create(new BodyProxy(this.context), "getCell", [rowIndex, cellIndex], false, (t): SimContainer => {
      const cell = t.rows[rowIndex]?.[cellIndex];
      if (!cell) throw new SimError(ErrorCodes.itemNotFound, "No such cell.", "Table.getCell");
      return cell;
    });
    return { body };
  }
}

export class TableCollectionProxy extends SimCollection<SimTable, TableProxy> {
  get _typeName(): string {
    return "TableCollection";
  }
  protected _makeItem(): TableProxy {
    return new TableProxy(this.context);
  }
}
