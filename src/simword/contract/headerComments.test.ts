import { harness } from "./harness";

// https://github.com/OfficeDev/office-js/issues/341 — "footers / headers can not have comments" (Word's Review ribbon
// disables comments there; a comment written there through OOXML is silently dropped). What Range.insertComment does
// there is not documented: the simulation models the harsher outcome, a failed batch, and the Word probe records it.
describe("comments in headers and footers (office-js issue 341)", () => {
  it("fails insertComment on header text with NotAllowed and keeps the comments queued before it", async () => {
    const h = harness({ blocks: ["正文X"], header: ["仅供学习交流"] });
    const error = await h.Word.run(async (context) => {
      context.document.body.search("X").getFirst().insertComment("正文批注");
      context.document.sections.getFirst().getHeader("Primary").search("学习").getFirst().insertComment("页眉批注");
      await context.sync();
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "NotAllowed" });
    expect(h.host.doc.comments.map((c) => c.content)).toEqual(["正文批注"]);
  });

  it("comments footnote text (WordApi 1.5 notes are not headers)", async () => {
    const h = harness({ blocks: ["正文"], footnotes: ["数据来源：XX统计局"] });
    await h.Word.run(async (context) => {
      context.document.body.footnotes.getFirst().body.search("XX").getFirst().insertComment("脚注批注");
      await context.sync();
    });
    expect(h.host.doc.comments).toHaveLength(1);
  });
});
