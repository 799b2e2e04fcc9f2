import { harness } from "./harness";

const texts = async (h: ReturnType<typeof harness>, find: (ctx: Word.RequestContext) => Word.RangeCollection) =>
  h.Word.run(async (context) => {
    const found = find(context).load("items/text");
    await context.sync();
    return found.items.map((r) => r.text);
  });

// Body.search: "The search text. Can be a maximum of 255 characters." Matches are non-overlapping, in document order,
// and never cross a paragraph mark unless ^p is searched for.
describe("search", () => {
  it("finds non-overlapping matches left to right (X万 in 'X万…XX万' hits the second X of XX)", async () => {
    const h = harness(["新增就业X万，培训XX万人次"]);
    const ranges = await h.Word.run(async (context) => {
      const found = context.document.body.search("X万", { matchCase: true });
      found.load("items/text");
      await context.sync();
      found.items[1]?.select();
      await context.sync();
      return found.items.length;
    });
    expect(ranges).toBe(2);
    const sel = h.host.doc.selection;
    expect(sel?.start.offset).toBe(10);
    expect(sel?.end.offset).toBe(12);
  });

  it("does not overlap matches: 'XX' in 'XXX' is found once", async () => {
    expect(await texts(harness(["XXX年"]), (c) => c.document.body.search("XX", { matchCase: true }))).toEqual(["XX"]);
  });

  it("ignores case unless matchCase is set", async () => {
    const h = harness(["x万与X万"]);
    expect(await texts(h, (c) => c.document.body.search("X万"))).toEqual(["x万", "X万"]);
    expect(await texts(h, (c) => c.document.body.search("X万", { matchCase: true }))).toEqual(["X万"]);
  });

  it("never matches across paragraphs", async () => {
    expect(await texts(harness(["结尾X", "万开头"]), (c) => c.document.body.search("X万"))).toEqual([]);
  });

  it("searches inside tables and headers through their own bodies", async () => {
    const h = harness({ blocks: ["正文", { table: [["指标", "X万人"]] }], header: ["页眉X人"] });
    expect(await texts(h, (c) => c.document.body.search("X万"))).toEqual(["X万"]);
    expect(await texts(h, (c) => c.document.sections.getFirst().getHeader("Primary").search("X人"))).toEqual(["X人"]);
  });

  it("supports Word wildcards: ?, *, [], [!], {n,m}, @, < >", async () => {
    const h = harness(["20XX年完成95X项，X.X%，2019年"]);
    const w = { matchWildcards: true };
    expect(await texts(h, (c) => c.document.body.search("20[0-9X]{2}年", w))).toEqual(["20XX年", "2019年"]);
    expect(await texts(h, (c) => c.document.body.search("[0-9]@X项", w))).toEqual(["95X项"]);
    expect(await texts(h, (c) => c.document.body.search("X?X%", w))).toEqual(["X.X%"]);
    expect(await texts(h, (c) => c.document.body.search("完成*项", w))).toEqual(["完成95X项"]);
    expect(await texts(h, (c) => c.document.body.search("[!0-9X年，.%]{2}", w))).toEqual(["完成"]);
  });

  it("finds a word start (< first in a wildcard pattern, or matchWholeWord) only where no letter or digit precedes", async () => {
    const h = harness(["XX年，X年，甲X年"]);
    expect(await texts(h, (c) => c.document.body.search("<X年", { matchWildcards: true }))).toEqual(["X年"]);
    expect(await texts(harness(["ab b abc"]), (c) => c.document.body.search("b", { matchWholeWord: true }))).toEqual(["b"]);
    expect(await texts(harness(["cab b"]), (c) => c.document.body.search("<b", { matchWildcards: true }))).toEqual(["b"]);
  });

  it("rejects < after the start of a wildcard pattern with InvalidArgument (the simulation checks word starts only there)", async () => {
    await expect(texts(harness(["甲 乙"]), (c) => c.document.body.search("甲 <乙", { matchWildcards: true }))).rejects.toMatchObject({
      code: "InvalidArgument",
    });
  });

  it("treats wildcard searches as case-sensitive", async () => {
    expect(await texts(harness(["x万X万"]), (c) => c.document.body.search("X万", { matchWildcards: true }))).toEqual(["X万"]);
  });

  it("rejects a search string over 255 characters with InvalidArgument", async () => {
    const h = harness(["正文"]);
    await expect(texts(h, (c) => c.document.body.search("长".repeat(256)))).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(texts(h, (c) => c.document.body.search("长".repeat(255)))).resolves.toEqual([]);
  });

  it("rejects a malformed wildcard pattern with InvalidArgument", async () => {
    await expect(texts(harness(["正文"]), (c) => c.document.body.search("[abc", { matchWildcards: true }))).rejects.toMatchObject({
      code: "InvalidArgument",
    });
  });

  it("searches within a paragraph, a range and a content control only", async () => {
    const h = harness(["X万甲", "X万乙"]);
    const n = await h.Word.run(async (context) => {
      const second = context.document.body.paragraphs.getLast();
      const inPara = second.search("X万").load("items");
      const inRange = second.getRange("Whole").search("乙").load("items");
      await context.sync();
      return [inPara.items.length, inRange.items.length];
    });
    expect(n).toEqual([1, 1]);
  });
});
