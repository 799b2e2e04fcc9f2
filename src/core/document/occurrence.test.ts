import { hitIndex, hitOffsets, occurrenceIndex } from "./occurrence";
import { withRowContext } from "./snapshot";

describe("occurrenceIndex", () => {
  it("counts hits in earlier paragraphs before the target paragraph", () => {
    expect(occurrenceIndex(["X万", "甲X万乙X万"], 1, 4, "X万")).toBe(2);
  });

  it("follows non-overlapping search: X万 inside XX万 is found at the second X", () => {
    expect(hitOffsets("X万，XX万", "X万")).toEqual([0, 4]);
    expect(occurrenceIndex(["X万，XX万"], 0, 4, "X万")).toBe(1);
  });

  it("reports text that a search cannot reach as undefined", () => {
    expect(occurrenceIndex(["XXX年"], 0, 1, "XX")).toBeUndefined();
  });
});

describe("hitIndex", () => {
  it("ranks each hit among the non-overlapping hits of its text, and misses as -1", () => {
    const idx = hitIndex("X万，XX万，XXX年");
    expect([idx.rank("X万", 0), idx.rank("X万", 4), idx.rank("X万", 3)]).toEqual([0, 1, -1]);
    expect([idx.count("X万"), idx.count("XX"), idx.rank("XX", 7), idx.rank("XX", 8)]).toEqual([2, 2, 1, -1]);
  });

  it("agrees with hitOffsets for every needle", () => {
    const text = "甲X乙XX丙XXX丁X";
    const idx = hitIndex(text);
    for (const needle of ["X", "XX", "XXX", "甲", "丁X"]) {
      const offsets = hitOffsets(text, needle);
      expect(idx.count(needle)).toBe(offsets.length);
      offsets.forEach((o, k) => expect(idx.rank(needle, o)).toBe(k));
    }
  });
});

describe("withRowContext", () => {
  const para = (text: string, inTable: boolean) => ({ part: { kind: "body" as const }, index: 0, text, inTable });

  it("gives table paragraphs the other cells of their row", () => {
    const ps = [para("前", false), para("指标", true), para("值", true), para("城镇新增就业", true), para("X万人", true), para("后", false)];
    const out = withRowContext(ps, [0, 1, 1, 1, 1, 0], [[["指标", "值"], ["城镇新增就业", "X万人"]]]);
    expect(out.map((p) => p.rowContext ?? null)).toEqual([null, "值", "指标", "X万人", "城镇新增就业", null]);
  });

  it("assigns nothing when the cell paragraphs do not line up", () => {
    const ps = [para("a", true)];
    expect(withRowContext(ps, [1], [[["a", "b"]]])).toEqual(ps);
  });
});
