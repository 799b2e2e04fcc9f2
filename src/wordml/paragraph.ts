/**
 * One w:p as Word's API shows it: its text with runs of every kind (deleted text included, as paragraph.text
 * returns it; field results without their codes), inline content controls as text ranges, text boxes anchored in it.
 */
import type { Block, InlineControl, Paragraph, Run, RunKind, TextBox } from "./model";
import { readNumPr, readParagraphProps, readRunProps } from "./props";
import type { Styles } from "./styles";
import { attr, child, children, intAttr, isW, MC, W } from "./xml";

export interface ReadContext {
  entry: string;
  styles: Styles;
  /** the list number of a paragraph, computed in document order */
  listString(numId: number, ilvl: number): string | undefined;
  /** document-order index of a w:p / w:r element in its entry */
  indexOf(el: Element): number;
  /** reads blocks of a text box's w:txbxContent */
  blocks(container: Element): Block[];
}

interface State {
  text: string;
  runs: Run[];
  controls: InlineControl[];
  textBoxes: TextBox[];
  /** open complex fields: "code" until w:separate, then "result" */
  fields: ("code" | "result")[];
}

const NON_TEXT_ONE_CHAR: Record<string, string> = { tab: "\t", br: "\v", cr: "\v", noBreakHyphen: "-", ptab: "\t" };

function runText(r: Element, deleted: boolean): string {
  let s = "";
  for (const c of children(r)) {
    if (c.namespaceURI !== W) continue;
    const name = c.localName;
    if (name === "t" || (deleted && name === "delText")) s += c.textContent ?? "";
    else if (NON_TEXT_ONE_CHAR[name] !== undefined) s += NON_TEXT_ONE_CHAR[name];
    else if (name === "sym") {
      const code = Number.parseInt(attr(c, "char") ?? "", 16);
      if (Number.isFinite(code)) s += String.fromCharCode(code);
    }
  }
  return s;
}

/** Text boxes in a run's drawing or VML, each once: the mc:Choice branch when there is one, else the fallback. */
function textBoxesIn(el: Element): Element[] {
  const out: Element[] = [];
  const walk = (e: Element): void => {
    if (e.namespaceURI === MC && e.localName === "AlternateContent") {
      const branches = children(e);
      const withBox = branches.find((b) => b.getElementsByTagNameNS(W, "txbxContent").length > 0);
      if (withBox) walk(withBox);
      return;
    }
    if (isW(e, "txbxContent")) {
      out.push(e);
      return;
    }
    for (const c of children(e)) walk(c);
  };
  walk(el);
  return out;
}

function readRun(r: Element, kind: RunKind, revision: Run["revision"], paraStyle: string, ctx: ReadContext, st: State): void {
  const rPr = child(r, "rPr");
  for (const c of children(r)) {
    if (!isW(c, "fldChar")) continue;
    const type = attr(c, "fldCharType");
    if (type === "begin") st.fields.push("code");
    else if (type === "separate" && st.fields.length > 0) st.fields[st.fields.length - 1] = "result";
    else if (type === "end") st.fields.pop();
  }
  for (const box of textBoxesIn(r)) st.textBoxes.push({ offset: st.text.length, blocks: ctx.blocks(box) });
  if (st.fields.includes("code")) return;
  const text = runText(r, kind === "deleted");
  if (text === "") return;
  const props = { ...ctx.styles.runProps(paraStyle, attr(child(rPr, "rStyle"))), ...readRunProps(rPr) };
  const effective: RunKind = kind === "normal" && st.fields.length > 0 ? "field" : kind;
  st.runs.push({ kind: effective, text, start: st.text.length, props, ...(revision ? { revision } : {}), xml: { entry: ctx.entry, index: ctx.indexOf(r) } });
  st.text += text;
}

function readInline(parent: Element, kind: RunKind, revision: Run["revision"], paraStyle: string, ctx: ReadContext, st: State): void {
  for (const c of children(parent)) {
    if (c.namespaceURI !== W) {
      if (c.namespaceURI === MC && c.localName === "AlternateContent") {
        const choice = children(c)[0];
        if (choice) readInline(choice, kind, revision, paraStyle, ctx, st);
      }
      continue;
    }
    switch (c.localName) {
      case "r":
        readRun(c, kind, revision, paraStyle, ctx, st);
        break;
      case "ins":
      case "moveTo":
      case "del":
      case "moveFrom": {
        const k: RunKind = c.localName === "ins" || c.localName === "moveTo" ? "inserted" : "deleted";
        const date = attr(c, "date");
        readInline(c, kind === "deleted" ? "deleted" : k, { author: attr(c, "author") ?? "", ...(date ? { date } : {}) }, paraStyle, ctx, st);
        break;
      }
      case "fldSimple":
        st.fields.push("result");
        readInline(c, kind, revision, paraStyle, ctx, st);
        st.fields.pop();
        break;
      case "sdt": {
        const pr = child(c, "sdtPr");
        const start = st.text.length;
        readInline(child(c, "sdtContent") ?? c, kind, revision, paraStyle, ctx, st);
        const id = intAttr(child(pr, "id"));
        st.controls.push({ tag: attr(child(pr, "tag")) ?? "", title: attr(child(pr, "alias")) ?? "", ...(id !== undefined ? { id } : {}), start, end: st.text.length });
        break;
      }
      case "hyperlink":
      case "smartTag":
      case "customXml":
      case "dir":
      case "bdo":
        readInline(c, kind, revision, paraStyle, ctx, st);
        break;
      default:
        break;
    }
  }
}

export function readParagraph(p: Element, ctx: ReadContext): Paragraph {
  const pPr = child(p, "pPr");
  const styleId = attr(child(pPr, "pStyle")) ?? ctx.styles.defaultParagraphStyle;
  const st: State = { text: "", runs: [], controls: [], textBoxes: [], fields: [] };
  readInline(p, "normal", undefined, styleId, ctx, st);
  const props = { ...ctx.styles.paragraphProps(styleId), ...readParagraphProps(pPr) };
  const num = readNumPr(pPr) ?? ctx.styles.numbering(styleId);
  const listString = num && num.numId !== 0 ? ctx.listString(num.numId, num.ilvl) : undefined;
  st.controls.sort((a, b) => a.start - b.start || b.end - a.end);
  return {
    type: "paragraph",
    text: st.text,
    styleId,
    styleName: ctx.styles.nameOf(styleId),
    props,
    ...(num && listString !== undefined ? { list: { numId: num.numId, ilvl: num.ilvl, listString } } : {}),
    runs: st.runs,
    controls: st.controls,
    textBoxes: st.textBoxes,
    xml: { entry: ctx.entry, index: ctx.indexOf(p) },
  };
}
