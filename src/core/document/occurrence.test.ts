import { hitOffsets, occurrenceIndex } from "./occurrence";

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
