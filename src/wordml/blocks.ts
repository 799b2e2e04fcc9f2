/** Block content of a container (body, header, footer, note, table cell, text box, block content control). */
import type { Block, ControlInfo, Table, TableCell, TableRow } from "./model";
import { readParagraph, type ReadContext } from "./paragraph";
import { attr, child, children, intAttr, isW, MC, W } from "./xml";

function readCell(tc: Element, column: number, ctx: ReadContext): TableCell {
  const tcPr = child(tc, "tcPr");
  const span = Math.max(1, intAttr(child(tcPr, "gridSpan")) ?? 1);
  const vm = child(tcPr, "vMerge");
  const vMerge = vm ? (attr(vm) === "restart" ? "restart" : "continue") : undefined;
  return { column, span, ...(vMerge ? { vMerge } : {}), blocks: readBlocks(tc, ctx) };
}

/** w:tc elements of a row, looking through row-level content controls and custom XML. */
function cellsOf(tr: Element): Element[] {
  const out: Element[] = [];
  for (const c of children(tr)) {
    if (isW(c, "tc")) out.push(c);
    else if (isW(c, "sdt")) out.push(...cellsOf(child(c, "sdtContent") ?? c));
    else if (isW(c, "customXml")) out.push(...cellsOf(c));
  }
  return out;
}

function controlInfo(sdt: Element): ControlInfo {
  const pr = child(sdt, "sdtPr");
  const id = intAttr(child(pr, "id"));
  return { tag: attr(child(pr, "tag")) ?? "", title: attr(child(pr, "alias")) ?? "", ...(id !== undefined ? { id } : {}) };
}

/** w:tr elements with the row-level content controls around them. */
function rowsOf(tbl: Element, around: ControlInfo[] = []): { tr: Element; controls: ControlInfo[] }[] {
  const out: { tr: Element; controls: ControlInfo[] }[] = [];
  for (const c of children(tbl)) {
    if (isW(c, "tr")) out.push({ tr: c, controls: around });
    else if (isW(c, "sdt")) out.push(...rowsOf(child(c, "sdtContent") ?? c, [...around, controlInfo(c)]));
    else if (isW(c, "customXml")) out.push(...rowsOf(c, around));
  }
  return out;
}

function readTable(tbl: Element, ctx: ReadContext): Table {
  const rows: TableRow[] = rowsOf(tbl).map(({ tr, controls }) => {
    let column = intAttr(child(child(tr, "trPr"), "gridBefore")) ?? 0;
    const cells = cellsOf(tr).map((tc) => {
      const cell = readCell(tc, column, ctx);
      column += cell.span;
      return cell;
    });
    return controls.length > 0 ? { cells, controls } : { cells };
  });
  return { type: "table", rows };
}

export function readBlocks(container: Element, ctx: ReadContext): Block[] {
  const out: Block[] = [];
  for (const c of children(container)) {
    if (c.namespaceURI === MC && c.localName === "AlternateContent") {
      const first = children(c)[0];
      if (first) out.push(...readBlocks(first, ctx));
      continue;
    }
    if (c.namespaceURI !== W) continue;
    if (c.localName === "p") out.push(readParagraph(c, ctx));
    else if (c.localName === "tbl") out.push(readTable(c, ctx));
    else if (c.localName === "sdt") out.push({ type: "control", ...controlInfo(c), blocks: readBlocks(child(c, "sdtContent") ?? c, ctx) }); else if (c.localName === "customXml" || c.localName === "ins" || c.localName === "moveTo") out.push(...readBlocks(c, ctx));
  }
  return out;
}
