import { harness } from "./harness";

// https://learn.microsoft.com/en-us/javascript/api/word/word.range#word-word-range-insertfootnote-member(1)
// (WordApi 1.5): the footnote's text lives in its own body. Whether paragraph.text shows a reference mark is not
// documented; the simulation shows none and the probe's footnote.text check records real Word's answer.
describe("Range.insertFootnote (WordApi 1.5)", () => {
  it("adds a footnote whose body holds its text, listed in body.footnotes", async () => {
    const h = harness(["新增X万"]);
    const texts = await h.Word.run(async (context) => {
      context.document.body.search("新增").getFirst().insertFootnote("数据来源：统计局");
      const notes = context.document.body.footnotes.load("items");
      await context.sync();
      const bodies = notes.items.map((n) => n.body.load("text"));
      await context.sync();
      return bodies.map((b) => b.text);
    });
    expect(texts).toEqual(["数据来源：统计局"]);
  });

  it("fails with ApiNotFound below WordApi 1.5", async () => {
    const h = harness(["新增X万"], { wordApiMinor: 4 });
    await expect(
      h.Word.run(async (context) => {
        context.document.body.search("新增").getFirst().insertFootnote("注");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});
