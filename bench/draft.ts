import { readFileSync } from "node:fs";
import { join } from "node:path";
import { splitLines } from "../src/core/document/snapshot";
import type { DocumentSpec } from "../src/simword/build";

/** Characters per printed page of a 公文 speech (仿宋三号, 28 characters × 22 lines). */
export const CHARS_PER_PAGE = 28 * 22;

const seedDir = join(__dirname, "..", "tests", "fixtures", "seeds");
const seedParagraphs = (): string[] =>
  ["000_44a230b6f9ec27ec.txt", "004_88f04c4c9db11306.txt"].flatMap((f) =>
    splitLines(readFileSync(join(seedDir, f), "utf8"))
      .map((l) => l.trim())
      .filter((l) => l.length > 0),
  );

/** Varied placeholder spellings swapped in for the seeds' plain X, so a draft has every form the engine knows. */
const variants = ["X", "XX", "x", "Ｘ", "××", "9X", "X.X", "XX.X"];

/** A draft of about `pages` pages built from the seeds' paragraphs, with tables, a header and a footer. */
export function generateDraft(pages: number): DocumentSpec & { paragraphs: string[] } {
  const seeds = seedParagraphs();
  const target = pages * CHARS_PER_PAGE;
  const blocks: DocumentSpec["blocks"] = [];
  const paragraphs: string[] = [];
  let chars = 0;
  for (let i = 0; chars < target; i += 1) {
    const base = seeds[i % seeds.length] as string;
    let n = 0;
    const text = base.replace(/X+/g, () => variants[(i + n++) % variants.length] as string);
    blocks.push(text);
    paragraphs.push(text);
    chars += text.length;
    if (i % 40 === 39) {
      const table = [["指标", "完成情况"], ["城镇新增就业", "X万人"], ["失业率", "X.X%"]];
      blocks.push({ table });
      paragraphs.push(...table.flat());
    }
  }
  return { blocks, paragraphs, header: ["仅供学习 禁止外传"], footer: ["XX市人力资源和社会保障局"] };
}
