import { harness } from "./harness";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const doc = (body: string) => `<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`;
const gongwen = `<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLine="640"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="黑体"/><w:sz w:val="32"/></w:rPr><w:t>一、总体要求</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">新增</w:t></w:r><w:sdt><w:sdtPr><w:alias w:val="城镇新增就业"/><w:tag w:val="dk:abc"/></w:sdtPr><w:sdtContent><w:r><w:t>X</w:t></w:r></w:sdtContent></w:sdt><w:r><w:t>万</w:t></w:r></w:p>`;

// Paragraph.lineSpacing set through Office.js becomes a multiple of single spacing, not "exactly N pt"
// (https://github.com/OfficeDev/office-js/issues/2296, https://github.com/OfficeDev/office-js/issues/3203).
// insertOoxml (WordApi 1.1, https://learn.microsoft.com/en-us/javascript/api/word/word.paragraph#word-word-paragraph-insertooxml-member(1))
// inserts formatting exactly as the OOXML states it: w:spacing w:lineRule="exact", w:rFonts w:eastAsia.
describe("line spacing and East Asian fonts: Office.js properties versus OOXML", () => {
  it("stores a lineSpacing set through the API as a multiple (lineRule auto), not exact", async () => {
    const h = harness(["正文"]);
    await h.Word.run(async (context) => {
      context.document.body.paragraphs.getFirst().lineSpacing = 28;
      await context.sync();
    });
    expect(h.host.doc.body.paragraphs()[0]?.format).toMatchObject({ lineSpacing: 28, lineRule: "auto" });
  });

  it("inserts OOXML paragraphs with exact line spacing, East Asian fonts and content controls", async () => {
    const h = harness(["甲", "乙"]);
    const text = await h.Word.run(async (context) => {
      const r = context.document.body.paragraphs.getFirst().insertParagraph("", "After").insertOoxml(doc(gongwen), "Replace").load("text");
      await context.sync();
      return r.text;
    });
    expect(text).toBe("一、总体要求\r新增X万");
    const [, heading, body, after] = h.host.doc.body.paragraphs();
    expect(heading?.format).toMatchObject({ lineSpacing: 28, lineRule: "exact", firstLineIndent: 32, styleBuiltIn: "Heading1" });
    expect(heading?.font).toMatchObject({ name: "Times New Roman", nameEastAsia: "黑体", size: 16 });
    expect([body?.text, after?.text]).toEqual(["新增X万", "乙"]);
    const [cc] = h.host.doc.liveContentControls();
    expect([cc?.tag, cc?.title, cc?.span.start.offset, cc?.span.end.offset]).toEqual(["dk:abc", "城镇新增就业", 2, 3]);
  });

  it("fails malformed OOXML with GeneralException", async () => {
    const h = harness(["甲"]);
    await expect(
      h.Word.run(async (context) => {
        context.document.body.paragraphs.getFirst().insertOoxml("<w:document", "Replace");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
  });
});
