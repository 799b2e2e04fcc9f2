/**
 * Text back to bytes in the encoding it was read in, so a draft saved as GBK or UTF-16 by Notepad stays readable by
 * the program that wrote it. TextEncoder only writes UTF-8; GB18030 is encoded from tables built by decoding (the
 * platform's own decoder is the reference), only when a GBK file is written.
 */
import type { Encoding } from "./decode";

export type TextEncoding = Exclude<Encoding, "utf-8-bom">;

let twoByte: Map<number, number> | undefined;
let fourByteBmp: Map<number, number> | undefined;

function gbTwoByte(): Map<number, number> {
  if (twoByte) return twoByte;
  const map = new Map<number, number>();
  const dec = new TextDecoder("gb18030");
  const pair = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      if (trail === 0x7f) continue;
      pair[0] = lead;
      pair[1] = trail;
      const s = dec.decode(pair);
      if (s.length === 1 && s !== "\uFFFD" && !map.has(s.charCodeAt(0))) map.set(s.charCodeAt(0), (lead << 8) | trail);
    }
  }
  twoByte = map;
  return map;
}

/** BMP characters outside GBK's two-byte set use GB18030's four-byte form (0x81308130–0x8431A439). */
function gbFourByteBmp(): Map<number, number> {
  if (fourByteBmp) return fourByteBmp;
  const map = new Map<number, number>();
  const dec = new TextDecoder("gb18030");
  const quad = new Uint8Array(4);
  for (let b1 = 0x81; b1 <= 0x84; b1 += 1)
    for (let b2 = 0x30; b2 <= 0x39; b2 += 1)
      for (let b3 = 0x81; b3 <= 0xfe; b3 += 1)
        for (let b4 = 0x30; b4 <= 0x39; b4 += 1) {
          quad[0] = b1;
          quad[1] = b2;
          quad[2] = b3;
          quad[3] = b4;
          const s = dec.decode(quad);
          if (s.length === 1 && s !== "\uFFFD") map.set(s.charCodeAt(0), ((b1 << 24) | (b2 << 16) | (b3 << 8) | b4) >>> 0);
        }
  fourByteBmp = map;
  return map;
}

function encodeGb18030(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (cp < 0x80) {
      out.push(cp);
      continue;
    }
    if (cp === 0xfffd || (cp >= 0xd800 && cp <= 0xdfff)) {
      // U+FFFD (also written for a lone surrogate, which no encoding can hold)
      out.push(0x84, 0x31, 0xa4, 0x37);
      continue;
    }
    if (cp >= 0x10000) {
      // Supplementary planes are linear from 0x90308130.
      let linear = cp - 0x10000;
      const b4 = 0x30 + (linear % 10);
      linear = Math.floor(linear / 10);
      const b3 = 0x81 + (linear % 126);
      linear = Math.floor(linear / 126);
      const b2 = 0x30 + (linear % 10);
      const b1 = 0x90 + Math.floor(linear / 10);
      out.push(b1, b2, b3, b4);
      continue;
    }
    const two = gbTwoByte().get(cp);
    if (two !== undefined) {
      out.push(two >> 8, two & 0xff);
      continue;
    }
    const four = gbFourByteBmp().get(cp);
    if (four === undefined) throw new Error(`U+${cp.toString(16)} has no GB18030 form`);
    out.push(four >>> 24, (four >> 16) & 0xff, (four >> 8) & 0xff, four & 0xff);
  }
  return Uint8Array.from(out);
}

function encodeUtf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i += 1) {
    const u = text.charCodeAt(i);
    out[2 * i + (bigEndian ? 0 : 1)] = u >> 8;
    out[2 * i + (bigEndian ? 1 : 0)] = u & 0xff;
  }
  return out;
}

export function encodeText(text: string, encoding: TextEncoding, bom: boolean): Uint8Array {
  const body = encoding === "gb18030" ? encodeGb18030(text) : encoding === "utf-8" ? new TextEncoder().encode(text) : encodeUtf16(text, encoding === "utf-16be");
  if (!bom || encoding === "gb18030") return body;
  const mark = encoding === "utf-8" ? [0xef, 0xbb, 0xbf] : encoding === "utf-16le" ? [0xff, 0xfe] : [0xfe, 0xff];
  const out = new Uint8Array(mark.length + body.length);
  out.set(mark, 0);
  out.set(body, mark.length);
  return out;
}
