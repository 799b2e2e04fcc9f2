import type { SimDocument } from "./document";
import { type EditSink, deleteSpan } from "./edit";
import { SimParagraph, defaultFormat } from "./nodes";
import type { OoxmlParagraph } from "./ooxml";
import { splitAt } from "./runs";
import { type Span, makeSpan, spanParagraphs } from "./span";

function fill(p: SimParagraph, o: OoxmlParagraph, keepFormat: boolean, at: number, doc: SimDocument): void {
  if (!keepFormat) {
    // The fragment's paragraph properties replace the paragraph's, list membership included (no w:numPr, no list).
    p.format = { ...defaultFormat(), ...o.format };
    p.list = undefined;
  }
  const runs = p.runs.slice();
  const i = splitAt(runs, at);
  runs.splice(i, 0, ...o.runs.map((r) => ({ ...r, font: { ...r.font } })));
  p.setRuns(runs);
  for (const c of o.controls) {
    const cc = doc.addContentControl(makeSpan(p, at + c.start, p, at + c.end));
    cc.tag = c.tag;
    cc.title = c.title;
  }
}

const textLength = (o: OoxmlParagraph): number => o.runs.reduce((n, r) => n + r.text.length, 0);

/**
 * Inserts OOXML paragraphs as insertOoxml does: "Replace" puts the first paragraph's content where the range was and
 * splits its paragraph for the others (the text after the range ends up after the last one); "Before"/"Start" and
 * "After"/"End" insert whole paragraphs before the range's first paragraph or after its last. The inserted
 * paragraphs take the fragment's formatting; a replaced paragraph starting at its beginning takes it too.
 * Returns the span of the inserted content.
 */
export function insertOoxmlAt(doc: SimDocument & EditSink, span: Span, parsed: readonly OoxmlParagraph[], loc: string): Span {
  const ps = spanParagraphs(span);
  const first = ps[0] as SimParagraph;
  const last = ps[ps.length - 1] as SimParagraph;
  if (loc !== "Replace") {
    const before = loc === "Before" || loc === "Start";
    const ref = before ? first : last;
    const list = ref.parent.blocks;
    let index = list.indexOf(ref) + (before ? 0 : 1);
    const made = parsed.map((o) => {
      const p = new SimParagraph("", ref.parent);
      p.setRuns([]);
      fill(p, o, false, 0, doc);
      list.splice(index, 0, p);
      index += 1;
      doc.inserted(p, 0, p.text);
      return p;
    });
    const a = made[0] as SimParagraph;
    const b = made[made.length - 1] as SimParagraph;
    return makeSpan(a, 0, b, b.text.length);
  }
  deleteSpan(doc, span);
  const at = span.start.offset;
  const host = span.start.para;
  const copy = host.runs.slice();
  const tailRuns = copy.slice(splitAt(copy, at)).map((r) => ({ ...r, font: { ...r.font } }));
  const tailText = host.text.slice(at);
  const movers = [...host.anchors].filter((a) => a.offset > at || (a.offset === at && a.side === "end"));
  if (parsed.length > 1) host.removeText(at, host.text.length);
  const added = textLength(parsed[0] as OoxmlParagraph);
  fill(host, parsed[0] as OoxmlParagraph, at > 0, at, doc);
  if (parsed.length === 1) for (const a of movers) a.offset += added;
  doc.inserted(host, at, host.text.slice(at, at + added));
  let previous = host;
  for (const o of parsed.slice(1)) {
    const p = new SimParagraph("", host.parent);
    p.setRuns([]);
    fill(p, o, false, 0, doc);
    host.parent.blocks.splice(host.parent.blocks.indexOf(previous) + 1, 0, p);
    doc.inserted(p, 0, p.text);
    previous = p;
  }
  if (previous !== host) {
    const base = previous.text.length;
    if (tailText.length > 0) previous.setRuns([...previous.runs, ...tailRuns]);
    for (const a of movers) {
      host.anchors.delete(a);
      a.para = previous;
      a.offset = base + (a.offset - at);
      previous.anchors.add(a);
    }
  }
  const endOffset = previous === host ? at + added : previous.text.length - tailText.length;
  return makeSpan(host, at, previous, endOffset);
}
