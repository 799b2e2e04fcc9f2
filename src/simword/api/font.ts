import type { FontModel, SimParagraph } from "../model/nodes";
import { type PropDef, SimObject } from "../runtime/proxy";

/** Word returns null for a font property that differs across the range (mixed formatting). */
function uniform<K extends keyof FontModel>(ps: SimParagraph[], key: K): FontModel[K] | null {
  const first = ps[0]?.font[key];
  if (first === undefined) return null;
  return ps.every((p) => p.font[key] === first) ? first : null;
}

function prop<K extends keyof FontModel>(key: K): PropDef<SimParagraph[]> {
  return {
    get: (ps) => uniform(ps, key),
    set: (ps, v) => {
      for (const p of ps) p.font[key] = v as FontModel[K];
    },
  };
}

/** Character formatting, kept per paragraph in the simulated model (see README of simword for this limit). */
export class FontProxy extends SimObject<SimParagraph[]> {
  readonly _typeName = "Font";
  protected _props(): Record<string, PropDef<SimParagraph[]>> {
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
