import { bodyTexts, harness } from "./harness";

// https://learn.microsoft.com/en-us/javascript/api/word/word.rangelocation — "end: For paragraphs, it's the point
// before the EOP (end of paragraph)"; "content: the range between start and end"; "whole: the object's whole range".
// A paragraph's whole range therefore holds its paragraph mark; its content range does not.
describe("Paragraph.getRange: 'Whole' holds the paragraph mark, 'Content' does not (Word.RangeLocation)", () => {
  it("reads the mark as a trailing \\r in the whole range only", async () => {
    const h = harness(["X", "下一段"]);
    const [whole, content] = await h.Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      const w = p.getRange("Whole").load("text");
      const c = p.getRange("Content").load("text");
      await context.sync();
      return [w.text, c.text];
    });
    expect(whole).toBe("X\r");
    expect(content).toBe("X");
  });

  it("replacing the whole range removes the mark and merges the next paragraph; 'Content' keeps both", async () => {
    const h = harness(["X", "下一段"]);
    await h.Word.run(async (context) => {
      context.document.body.paragraphs.getFirst().getRange("Whole").insertText("2.35", "Replace");
      await context.sync();
    });
    expect(bodyTexts(h)).toEqual(["2.35下一段"]);
    const k = harness(["X", "下一段"]);
    await k.Word.run(async (context) => {
      context.document.body.paragraphs.getFirst().getRange("Content").insertText("2.35", "Replace");
      await context.sync();
    });
    expect(bodyTexts(k)).toEqual(["2.35", "下一段"]);
  });

  it("keeps a container's last paragraph mark (a table cell's end mark cannot be deleted)", async () => {
    const h = harness([{ table: [["X", "乙"]] }, "后文"]);
    await h.Word.run(async (context) => {
      context.document.body.tables.getFirst().getCell(0, 0).body.paragraphs.getFirst().getRange("Whole").insertText("7", "Replace");
      await context.sync();
    });
    expect(h.host.doc.body.tables()[0]?.values).toEqual([["7", "乙"]]);
  });
});
