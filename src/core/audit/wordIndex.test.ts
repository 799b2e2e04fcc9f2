import { longestAt, wordIndex, wordsIn } from "./wordIndex";

describe("wordIndex", () => {
  const index = wordIndex(["范文", "更多范文", "范文网", "公众号"]);

  it("finds every word present, overlapping ones included", () => {
    expect([...wordsIn(index, "更多范文网：请关注公众号")].sort()).toEqual(["公众号", "更多范文", "范文", "范文网"].sort());
    expect(wordsIn(index, "普通的一句话").size).toBe(0);
  });

  it("gives the longest word at a place", () => {
    expect(longestAt(index, "范文网站", 0)).toBe("范文网");
    expect(longestAt(index, "范例", 0)).toBe("");
  });
});
