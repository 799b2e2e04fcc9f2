import { harness } from "./harness";

// Word's Find can ignore half/full width (https://learn.microsoft.com/en-us/office/vba/api/word.find.matchbyte,
// https://learn.microsoft.com/en-us/office/vba/api/word.options.matchfuzzybyte); Word.SearchOptions
// (https://learn.microsoft.com/en-us/javascript/api/word/word.searchoptions) has no such option and does not say
// which Word.js does. The simulation models the harsher reading — half and full width are equal — and the Word
// probe records real Word's answer.
describe("search treats half- and full-width characters as equal (Find.MatchByte unspecified in Word.js)", () => {
  it("finds X and Ｘ alike, returning each hit's own text", async () => {
    const h = harness(["新增X万，培训Ｘ万人次，X%"]);
    const texts = await h.Word.run(async (context) => {
      const hits = context.document.body.search("X", { matchCase: true }).load("items/text");
      await context.sync();
      return hits.items.map((r) => r.text);
    });
    expect(texts).toEqual(["X", "Ｘ", "X"]);
  });

  it("consumes text non-overlappingly across widths, so an exact hit can be swallowed by a mixed one", async () => {
    const h = harness(["ＸXX，XX"]);
    const texts = await h.Word.run(async (context) => {
      const hits = context.document.body.search("XX", { matchCase: true }).load("items/text");
      await context.sync();
      return hits.items.map((r) => r.text);
    });
    expect(texts).toEqual(["ＸX", "XX"]);
  });
});
