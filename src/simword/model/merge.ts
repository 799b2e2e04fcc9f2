import { type SimContainer, SimParagraph, type SimTable } from "./nodes";

/** The cell's paragraphs and tables, without the empty paragraph an empty cell holds. */
const contentOf = (cell: SimContainer) => cell.blocks.filter((b) => !(b instanceof SimParagraph) || b.text.length > 0);

function absorb(into: SimContainer, from: SimContainer): void {
  const moved = contentOf(from);
  if (moved.length === 0) return;
  if (contentOf(into).length === 0) into.blocks.length = 0;
  for (const b of moved) {
    b.parent = into;
    into.blocks.push(b);
  }
  from.blocks.length = 0;
  from.blocks.push(new SimParagraph("", from));
}

/**
 * Table.mergeCells (WordApi 1.4) on the simulated table: in each row from topRow to bottomRow, the cells firstCell to
 * lastCell become one (their content appended to the first, as Word's Merge Cells does); over several rows, the
 * merged cell of the top row takes the content of those below, which stay as covered cells (w:vMerge "continue"),
 * empty. Returns the merged cell, or a reason the merge is refused.
 */
export function mergeCells(table: SimTable, topRow: number, firstCell: number, bottomRow: number, lastCell: number): SimContainer | string {
  if (topRow < 0 || firstCell < 0 || bottomRow < topRow || lastCell < firstCell) return "the cells do not bound a range";
  for (let r = topRow; r <= bottomRow; r += 1) {
    if (!table.rows[r]?.[lastCell]) return `row ${r} has no cell ${lastCell}`;
  }
  for (let r = topRow; r <= bottomRow; r += 1) {
    const row = table.rows[r] as SimContainer[];
    const first = row[firstCell] as SimContainer;
    for (const other of row.splice(firstCell + 1, lastCell - firstCell)) absorb(first, other);
  }
  const top = table.rows[topRow]?.[firstCell] as SimContainer;
  if (bottomRow > topRow) {
    top.vMerge = "restart";
    for (let r = topRow + 1; r <= bottomRow; r += 1) {
      const covered = table.rows[r]?.[firstCell] as SimContainer;
      absorb(top, covered);
      covered.vMerge = "continue";
    }
  }
  return top;
}
