import { excerptAround } from "./excerpt";
import { locationIn, locationLabel, partLabel } from "./snapshot";

describe("excerptAround", () => {
  const p = "去年全市城镇新增就业X万人。今年要保持就业稳定，失业率控制在X%以内，确保大局稳定。";
  it("keeps the words of the finding's own sentence on both sides", () => {
    const at = p.indexOf("X万");
    expect(excerptAround(p, at, at + 1)).toEqual({ before: "去年全市城镇新增就业", text: "X", after: "万人。" });
  });
  it("marks with an ellipsis where the sentence goes on beyond the radius", () => {
    const at = p.indexOf("X%");
    const e = excerptAround(p, at, at + 1, 6);
    expect(e).toEqual({ before: "…失业率控制在", text: "X", after: "%以内，确保…" });
  });
  it("never splits a surrogate pair", () => {
    const s = "前面𠀀很长的句子X后面";
    const at = s.indexOf("X");
    expect(excerptAround(s, at, at + 1, 6).before.startsWith("\uDC00")).toBe(false);
  });
});

describe("one naming of parts", () => {
  it("names a body paragraph in a table 表格 and one outside 正文, in both languages", () => {
    expect(locationLabel({ kind: "body" }, 16, true)).toBe("表格第 17 段");
    expect(locationLabel({ kind: "body" }, 16, false)).toBe("正文第 17 段");
    expect(locationLabel({ kind: "body" }, 16, true, "en-US")).toBe("Table, paragraph 17");
    expect(partLabel({ kind: "header", section: 0, type: "Primary" })).toBe("页眉（第1节）");
    expect(partLabel({ kind: "footnote", index: 1 }, false, "en-US")).toBe("Footnote 2");
  });
  it("looks up in the snapshot whether a finding's paragraph is in a table", () => {
    const snapshot = { paragraphs: [{ part: { kind: "body" as const }, index: 0, text: "a", inTable: false }, { part: { kind: "body" as const }, index: 1, text: "b", inTable: true }] };
    expect(locationIn(snapshot, { kind: "body" }, 1)).toBe("表格第 2 段");
    expect(locationIn(snapshot, { kind: "body" }, 0)).toBe("正文第 1 段");
  });
});
