import { harness } from "./harness";

// Text deleted under track changes stays in paragraph.text and in search results
// (https://github.com/OfficeDev/office-js/issues/1267, https://github.com/OfficeDev/office-js/issues/5874);
// getReviewedText("Current") leaves it out, "Original" leaves out tracked insertions
// (https://learn.microsoft.com/en-us/javascript/api/word/word.changetrackingversion, WordApi 1.4).
describe("tracked deletions stay in the text (office-js 1267, 5874)", () => {
  const replaceTracked = async (h: ReturnType<typeof harness>) =>
    h.Word.run(async (context) => {
      context.document.changeTrackingMode = "TrackAll";
      context.document.body.search("X").getFirst().insertText("2.35", "Replace");
      await context.sync();
    });

  it("keeps the replaced text in paragraph.text and search, the new text after it", async () => {
    const h = harness(["新增X万"]);
    await replaceTracked(h);
    const [text, hits] = await h.Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst().load("text");
      const found = context.document.body.search("X").load("items/text");
      await context.sync();
      return [p.text, found.items.length];
    });
    expect(text).toBe("新增X2.35万");
    expect(hits).toBe(1);
  });

  it("gives the current and original text through getReviewedText", async () => {
    const h = harness(["新增X万"]);
    await replaceTracked(h);
    const [now, before] = await h.Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      const c = p.getReviewedText("Current");
      const o = p.getReviewedText("Original");
      await context.sync();
      return [c.value, o.value];
    });
    expect([now, before]).toEqual(["新增2.35万", "新增X万"]);
  });

  it("fails getReviewedText with ApiNotFound below WordApi 1.4", async () => {
    const h = harness(["甲"], { wordApiMinor: 3 });
    await expect(
      h.Word.run(async (context) => {
        context.document.body.paragraphs.getFirst().getReviewedText("Current");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

// Character formatting belongs to runs (https://learn.microsoft.com/en-us/javascript/api/word/word.font): a range's
// font property reads null when its runs differ.
describe("character formatting per run", () => {
  it("formats part of a paragraph and reads mixed formatting as null", async () => {
    const h = harness(["一、总体要求"]);
    const [part, whole] = await h.Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      p.search("一、").getFirst().font.bold = true;
      const hit = p.search("一、").getFirst().font.load("bold");
      const all = p.font.load("bold,name");
      await context.sync();
      return [hit.bold, all.bold];
    });
    expect([part, whole]).toEqual([true, null]);
    expect(h.host.doc.body.paragraphs()[0]?.runs.map((r) => [r.text, r.font.bold])).toEqual([
      ["一、", true],
      ["总体要求", false],
    ]);
  });
});
