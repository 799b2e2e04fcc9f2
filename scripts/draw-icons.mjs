// Draws DraftKit's ribbon and add-in icons (16/32/64/80 px PNG) with no dependencies: shapes are rasterised with
// 4x4 supersampling and written by a minimal PNG encoder. Run: node scripts/draw-icons.mjs
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}

// Shapes in a 0..1 coordinate space; later shapes paint over earlier ones.
const rect = (x0, y0, x1, y1, color) => ({ inside: (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1, color });
const line = (ax, ay, bx, by, w, color) => ({
  inside: (x, y) => {
    const dx = bx - ax, dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    return Math.hypot(x - (ax + t * dx), y - (ay + t * dy)) <= w / 2;
  },
  color,
});
const circle = (cx, cy, r, color) => ({ inside: (x, y) => Math.hypot(x - cx, y - cy) <= r, color });

const RED = [200, 16, 46], INK = [90, 90, 90], PAPER = [255, 255, 255], EDGE = [120, 120, 120];
const BLUE = [0, 95, 184], GREEN = [16, 124, 16], WHITE = [255, 255, 255];
const page = [rect(0.14, 0.04, 0.86, 0.96, EDGE), rect(0.18, 0.08, 0.82, 0.92, PAPER), rect(0.24, 0.15, 0.76, 0.24, RED), rect(0.24, 0.28, 0.76, 0.30, RED)];
const textLines = (from) => [0.40, 0.52, 0.64, 0.76].filter((y) => y >= from).map((y) => rect(0.26, y, 0.74, y + 0.05, INK));

const designs = {
  icon: [...page, ...textLines(0)],
  sections: [...page, ...textLines(0), rect(0.5, 0.5, 0.98, 0.98, BLUE), rect(0.71, 0.58, 0.77, 0.9, WHITE), rect(0.58, 0.71, 0.9, 0.77, WHITE)],
  fill: [...page, ...textLines(0), rect(0.36, 0.5, 0.64, 0.68, BLUE), rect(0.44, 0.55, 0.56, 0.63, WHITE)],
  audit: [...page, ...textLines(0), circle(0.72, 0.74, 0.25, GREEN), line(0.6, 0.75, 0.69, 0.84, 0.07, WHITE), line(0.69, 0.84, 0.85, 0.64, 0.07, WHITE)],
};

function draw(shapes, size) {
  const out = Buffer.alloc(size * size * 4);
  const S = 4;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < S; sy += 1) {
        for (let sx = 0; sx < S; sx += 1) {
          const x = (px + (sx + 0.5) / S) / size, y = (py + (sy + 0.5) / S) / size;
          let hit;
          for (const s of shapes) if (s.inside(x, y)) hit = s.color;
          if (hit) { r += hit[0]; g += hit[1]; b += hit[2]; a += 1; }
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) { out[o] = r / a; out[o + 1] = g / a; out[o + 2] = b / a; out[o + 3] = (255 * a) / (S * S); }
    }
  }
  return out;
}

for (const [name, shapes] of Object.entries(designs)) {
  for (const size of [16, 32, 64, 80]) {
    writeFileSync(new URL(`../assets/${name}-${size}.png`, import.meta.url), png(size, draw(shapes, size)));
  }
}
console.log("icons written to assets/");
