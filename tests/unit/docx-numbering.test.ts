import { readFileSync } from "node:fs";
import { join } from "node:path";
import { paragraphsOf, readDocx } from "../../src/wordml";
import { chineseCounting, formatNumber } from "../../src/wordml/numformat";
import { nodeXml } from "../../src/wordml/xmldom";
import { buildDocx, WNS } from "./docx-build";

const xml = nodeXml();

describe("list number formats", () => {
  it("counts in Chinese as Word's chineseCounting does", () => {
    expect([1, 2, 9, 10, 11, 19, 20, 21, 99, 100, 101, 110, 1010].map((n) => chineseCounting(n))).toEqual([
      "一", "二", "九", "十", "十一", "十九", "二十", "二十一", "九十九", "一百", "一百零一", "一百一十", "一千零一十",
    ]);
  });

  it("writes the other formats Chinese documents use", () => {
    expect(formatNumber(3, "ideographTraditional")).toBe("丙");
    expect(formatNumber(11, "ideographTraditional")).toBe("甲");
    expect(formatNumber(12, "chineseLegalSimplified")).toBe("壹拾贰");
    expect(formatNumber(5, "decimalEnclosedCircle")).toBe("⑤");
    expect(formatNumber(12, "decimalFullWidth")).toBe("１２");
    expect(formatNumber(28, "lowerLetter")).toBe("bb");
    expect(formatNumber(14, "upperRoman")).toBe("XIV");
    expect(formatNumber(7, "somethingNew")).toBe("7");
  });
});

const lvl = (ilvl: number, fmt: string, text: string, start = 1, extra = ""): string =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;
const item = (numId: number, ilvl: number, text: string): string => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;

function listStrings(numbering: string, body: string): string[] {
  const r = readDocx(
    buildDocx({ body, parts: { "word/numbering.xml": `<?xml version="1.0"?><w:numbering ${WNS}>${numbering}</w:numbering>` }, rels: { "word/numbering.xml": ["rN", "numbering"] } }),
    xml,
  );
  if (!r.ok) throw new Error(r.message);
  return paragraphsOf(r.file.doc.parts[0]?.blocks ?? []).map((p) => `${p.list?.listString ?? ""}${p.text}`);
}

describe("list numbers from numbering.xml", () => {
  const gongwen = `<w:abstractNum w:abstractNumId="0">${lvl(0, "chineseCounting", "%1、")}${lvl(1, "chineseCounting", "（%2）")}${lvl(2, "decimal", "%3.")}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;

  it("numbers 一、 and （一） headings, restarting the deeper level under each heading", () => {
    const body = [item(1, 0, "总体要求"), item(1, 1, "指导思想"), item(1, 1, "目标"), item(1, 2, "细则"), item(1, 0, "重点任务"), item(1, 1, "就业")].join("");
    expect(listStrings(gongwen, body)).toEqual(["一、总体要求", "（一）指导思想", "（二）目标", "1.细则", "二、重点任务", "（一）就业"]);
  });

  it("counts from w:start, reads ideographTraditional, and ignores numId 0", () => {
    const n = `<w:abstractNum w:abstractNumId="3">${lvl(0, "ideographTraditional", "%1.", 2)}</w:abstractNum><w:num w:numId="4"><w:abstractNumId w:val="3"/></w:num>`;
    expect(listStrings(n, [item(4, 0, "a"), item(4, 0, "b"), item(0, 0, "c")].join(""))).toEqual(["乙.a", "丙.b", "c"]);
  });

  it("keeps counting a list restarted by w:lvlRestart=0 under a new heading", () => {
    const n = `<w:abstractNum w:abstractNumId="0">${lvl(0, "chineseCounting", "%1、")}${lvl(1, "decimal", "%2.", 1, '<w:lvlRestart w:val="0"/>')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    expect(listStrings(n, [item(1, 0, "甲"), item(1, 1, "a"), item(1, 0, "乙"), item(1, 1, "b")].join(""))).toEqual(["一、甲", "1.a", "二、乙", "2.b"]);
  });

  it("restarts at a startOverride once, then continues the shared abstract list (docx4j's startOverride.docx)", () => {
    const r = readDocx(readFileSync(join(__dirname, "../fixtures/docx/docx4j-startOverride.docx")), xml);
    if (!r.ok) throw new Error(r.message);
    const items = paragraphsOf(r.file.doc.parts[0]?.blocks ?? []).filter((p) => p.list);
    expect(items.length).toBeGreaterThan(10);
    for (const p of items) expect(p.list?.listString).toBe(/\[expect\](.*?)\[\/expect\]/.exec(p.text)?.[1]);
  });
});
