import { harness } from "./harness";

// office-js issue 4650 (won't fix): "search can't find text in text boxes (w:txbxContent)" on the body or any of its
// ranges; office-js-docs-reference issue 2176: a text box's text is reachable only through Word.Shape (WordApiDesktop
// 1.2), not Body. The simulation keeps a text box's text out of paragraphs, paragraph.text and search.
describe("text boxes", () => {
  const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  const box = `<w:document xmlns:w="${W}" xmlns:v="urn:schemas-microsoft-com:vml"><w:body><w:p><w:r><w:t>框外X万</w:t></w:r><w:r><w:pict><v:shape type="#_x0000_t202"><v:textbox><w:txbxContent><w:p><w:r><w:t>框内X人</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p></w:body></w:document>`;

  it("are neither in body.paragraphs nor in the anchoring paragraph's text, and search does not find their text", async () => {
    const h = harness(["正文"]);
    const out = await h.Word.run(async (context) => {
      context.document.body.paragraphs.getFirst().insertOoxml(box, "Replace");
      await context.sync();
      const ps = context.document.body.paragraphs.load("items/text");
      const inBox = context.document.body.search("框内").load("items");
      const x = context.document.body.search("X", { matchCase: true }).load("items/text");
      await context.sync();
      return { texts: ps.items.map((p) => p.text), inBox: inBox.items.length, x: x.items.length };
    });
    expect(out).toEqual({ texts: ["框外X万"], inBox: 0, x: 1 });
  });
});
