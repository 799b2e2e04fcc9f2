import { buildDocument } from "../build";
import { makeSpan } from "./span";

describe("SimDocument.controlsTouching", () => {
  it("finds a control through the anchors of the paragraphs it starts or ends in, and only those", () => {
    const doc = buildDocument({ blocks: ["甲乙丙", "丁戊己", "庚辛壬"] });
    const [a, b, c] = doc.body.paragraphs();
    if (!a || !b || !c) throw new Error("three paragraphs expected");
    const first = doc.addContentControl(makeSpan(a, 0, a, 1));
    const across = doc.addContentControl(makeSpan(a, 2, b, 1));
    doc.addContentControl(makeSpan(c, 0, c, 2));
    expect(doc.controlsTouching([a])).toEqual(expect.arrayContaining([first, across]));
    expect(doc.controlsTouching([a])).toHaveLength(2);
    expect(doc.controlsTouching([b])).toEqual([across]);
  });

  it("leaves out removed controls", () => {
    const doc = buildDocument({ blocks: ["甲乙丙"] });
    const [a] = doc.body.paragraphs();
    if (!a) throw new Error("a paragraph expected");
    const cc = doc.addContentControl(makeSpan(a, 0, a, 1));
    cc.removed = true;
    expect(doc.controlsTouching([a])).toEqual([]);
  });

  it("does not walk the document's list of controls, so a fill's inserts cost what their paragraphs hold", () => {
    const doc = buildDocument({ blocks: ["甲乙丙", "丁戊己"] });
    const [a, b] = doc.body.paragraphs();
    if (!a || !b) throw new Error("two paragraphs expected");
    doc.addContentControl(makeSpan(a, 0, a, 1));
    const inB = doc.addContentControl(makeSpan(b, 0, b, 1));
    const all = doc.contentControls;
    const walked = jest.spyOn(all, "find");
    const filtered = jest.spyOn(all, "filter");
    expect(doc.controlsTouching([b])).toEqual([inB]);
    expect(walked).not.toHaveBeenCalled();
    expect(filtered).not.toHaveBeenCalled();
  });
});
