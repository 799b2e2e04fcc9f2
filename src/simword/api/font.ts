import type { FontModel } from "../model/nodes";
import { formatRange, runsIn } from "../model/runs";
import { type Span, spanParagraphs } from "../model/span";
import { type PropDef, SimObject } from "../runtime/proxy";

/** The [start, end) stretch of each paragraph a span covers. */
function pieces(span: Span): { p: ReturnType<typeof spanParagraphs>[number]; s: number; e: number }[] {
  const ps = spanParagraphs(span);
  return ps.map((p, k) => ({ p, s: k === 0 ? span.start.offset : 0, e: k === ps.length - 1 ? span.end.offset : p.text.length }));
}

/** Word returns null for a font property that differs across the range (mixed formatting, run by run). */
function uniform<K extends keyof FontModel>(span: Span, key: K): FontModel[K] | null {
  const fonts = pieces(span).flatMap(({ p, s, e }) => runsIn(p.runs, s, e));
  const first = fonts[0]?.[key];
  if (first === undefined) return null;
  return fonts.every((f) => f[key] === first) ? first : null;
}

function prop<K extends keyof FontModel>(key: K): PropDef<Span> {
  return {
    get: (span) => uniform(span, key),
    set: (span, v) => {
      // Office.js has one font name: setting it sets the East Asian font too (no separate property exists).
      const patch: Partial<FontModel> = key === "name" ? { name: String(v), nameEastAsia: String(v) } : { [key]: v };
      for (const { p, s, e } of pieces(span)) {
        // A whole paragraph (or a collapsed range at its start) formats every run, the paragraph mark's included.
        const whole = s === 0 && (e === p.text.length || e === s);
        p.setRuns(formatRange(p.runs, whole ? 0 : s, whole ? p.text.length : e, patch));
        if (whole && p.text.length === 0) p.font = { ...p.font, ...patch };
      }
    },
  };
}

/** Character formatting of a range, read and written run by run. */
export class FontProxy extends SimObject<Span> {
  get _typeName(): string {
    return "Font";
  }
  protected _props(): Record<string, PropDef<Span>> {
    return { name: prop("name"), size: prop("size"), bold: prop("bold"), italic: prop("italic"), color: prop("color") };
  }
  get name(): string {
    return this._read("name");
  }
  set name(v: string) {
    this._write("name", v);
  }
  get size(): number {
    return this._read("size");
  }
  set size(v: number) {
    this._write("size", v);
  }
  get bold(): boolean {
    return this._read("bold");
  }
  set bold(v: boolean) {
    this._write("bold", v);
  }
  get italic(): boolean {
    return this._read("italic");
  }
  set italic(v: boolean) {
    this._write("italic", v);
  }
  get color(): string {
    return this._read("color");
  }
  set color(v: string) {
    this._write("color", v);
  }
}
