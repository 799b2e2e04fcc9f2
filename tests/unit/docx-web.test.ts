/** @jest-environment jsdom */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { installSimDocument } from "../../src/word/testing";
import { openDocx, saveDocx, savedName, textBoxNotice } from "../../src/web/session";
import { paragraphsOf, readDocx, reviewedText } from "../../src/wordml";
import { nodeXml } from "../../src/wordml/xmldom";
import { buildDocx, para, WNS } from "./docx-build";

/** The web page's .docx path, with the browser's DOMParser/XMLSerializer (jsdom's) instead of xmldom. */
const speech = () => new Uint8Array(readFileSync(join(__dirname, "../fixtures/docx/lo-speech.docx")));

/** The speech opened in the page, with the paragraph holding 城镇新增就业X万人 as the pane reads it. */
async function openedSpeech() {
  const r = openDocx("讲话稿.docx", speech());
  if (!r.ok) throw new Error(r.message);
  const { host } = installSimDocument(r.opened.doc);
  const snap = await host.read();
  const p = snap.paragraphs.find((x) => x.text.startsWith("去年全市城镇新增就业X万人"));
  if (!p) throw new Error("paragraph missing");
  return { r, host, p };
}

describe("opening and downloading a .docx in the browser", () => {
  it("opens a .docx, fills it through the pane's adapter in every mode, and downloads a file other readers see filled", async () => {
    for (const options of [{ linked: false, trackChanges: false }, { linked: false, trackChanges: true }, { linked: true, trackChanges: false }]) {
      const { r, host, p } = await openedSpeech();
      const at = p.text.indexOf("X");
      const report = await host.fill([{ part: p.part, paragraph: p.index, start: at, end: at + 1, text: "X", clause: { start: 0, end: p.text.length, text: p.text }, value: "2.35", tag: "draftkit:1:t" }], options);
      expect(report.applied).toHaveLength(1);
      const saved = saveDocx(r.opened, new Date("2026-11-24T08:00:00Z"));
      expect(saved.notes).toEqual([]);
      const back = readDocx(saved.bytes, nodeXml());
      if (!back.ok) throw new Error(back.message);
      const filled = paragraphsOf(back.file.doc.parts[0]?.blocks ?? []).find((x) => reviewedText(x).startsWith("去年全市城镇新增就业"));
      expect(filled && reviewedText(filled)).toBe("去年全市城镇新增就业2.35万人，城镇登记失业率控制在X%以内，完成年度目标任务。");
      // linked values carry their full tags in the file (the pane's short-tag map lives in add-in settings)
      if (options.linked) expect(filled?.controls.map((c) => c.tag)).toEqual(["draftkit:1:t"]);
      // the browser serializer's namespace declarations do not leak into the patched runs
      const xml = strFromU8(unzipSync(saved.bytes)["word/document.xml"] ?? new Uint8Array());
      expect(xml.match(/xmlns:w=/g)).toHaveLength(1);
    }
  });

  it("writes sections inserted by the pane into the downloaded .docx, where the pane put them, with 28 pt lines", async () => {
    const r = openDocx("讲话稿.docx", speech());
    if (!r.ok) throw new Error(r.message);
    const { host } = installSimDocument(r.opened.doc);
    await host.read();
    // the cursor in the heading 一、过去一年工作回顾: the section goes after it
    const at = r.opened.doc.body.paragraphs().find((p) => p.text === "一、过去一年工作回顾");
    if (!at) throw new Error("heading missing");
    r.opened.doc.selection = { start: at.anchor(0, "start"), end: at.anchor(0, "end") };
    await host.insertSections(
      [
        { role: "h1", text: "认清新形势", placements: [] },
        { role: "body", text: "全市新增就业X万人。", placements: [{ text: "X", nth: 0, tag: "draftkit:ph:number:%E5%B0%B1%E4%B8%9A", title: "就业" }] },
      ],
      { format: "gongwen", fonts: "gb2312" },
    );
    const simTexts = r.opened.doc.body.paragraphs().map((p) => p.reviewedText(0, p.text.length, "Current"));
    expect(simTexts.slice(5, 8)).toEqual(["一、过去一年工作回顾", "认清新形势", "全市新增就业X万人。"]);
    const saved = saveDocx(r.opened);
    expect(saved.notes).toEqual([]);
    const back = readDocx(saved.bytes, nodeXml());
    if (!back.ok) throw new Error(back.message);
    const ps = paragraphsOf(back.file.doc.parts[0]?.blocks ?? []);
    expect(ps.map(reviewedText)).toEqual(simTexts);
    const body = ps.find((p) => p.text === "全市新增就业X万人。");
    expect(body?.props.lineSpacing).toEqual({ value: 28, rule: "exact" });
    expect(body?.controls.map((c) => [body.text.slice(c.start, c.end), c.tag])).toEqual([["X", "draftkit:ph:number:%E5%B0%B1%E4%B8%9A"]]);
  });

  it("gives an inserted heading the file's own heading style, whatever its id (Chinese Word: \"1\")", async () => {
    const styles = `<?xml version="1.0"?><w:styles ${WNS}><w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style></w:styles>`;
    const r = openDocx("d.docx", buildDocx({ body: para("一、总体要求") + para("正文"), parts: { "word/styles.xml": styles }, rels: { "word/styles.xml": ["rS", "styles"] } }));
    if (!r.ok) throw new Error(r.message);
    const { host } = installSimDocument(r.opened.doc);
    const at = r.opened.doc.body.paragraphs()[1];
    if (!at) throw new Error("no paragraph");
    r.opened.doc.selection = { start: at.anchor(0, "start"), end: at.anchor(0, "end") };
    await host.insertSections([{ role: "h1", text: "认清新形势", placements: [] }], { format: "gongwen", fonts: "gb2312" });
    const back = readDocx(saveDocx(r.opened).bytes, nodeXml());
    if (!back.ok) throw new Error(back.message);
    const heading = paragraphsOf(back.file.doc.parts[0]?.blocks ?? []).find((p) => p.text.endsWith("认清新形势"));
    expect([heading?.styleId, heading?.styleName]).toEqual(["1", "heading 1"]);
  });

  it("refuses a file that is not a .docx, or a broken one, saying what to do", () => {
    const notDocx = openDocx("讲话稿.doc", speech());
    expect(!notDocx.ok && notDocx.message).toContain("另存为 .docx");
    const broken = openDocx("坏.docx", speech().slice(0, 300));
    expect(!broken.ok && broken.message).toContain("无法打开“坏.docx”");
  });

  it("names the download after the opened file", () => {
    expect(savedName("2026年工作会议讲话.docx")).toBe("2026年工作会议讲话-DraftKit.docx");
  });
});

describe("text boxes in the web page", () => {
  it("tells the user that the pane leaves a file's text boxes unread and unchanged, only when it has some", () => {
    const boxes = openDocx("材料.docx", new Uint8Array(readFileSync(join(__dirname, "../fixtures/docx/lo-textbox.docx"))));
    const plain = openDocx("讲话稿.docx", speech());
    if (!boxes.ok || !plain.ok) throw new Error("open failed");
    expect(boxes.opened.textBoxes).toBe(2);
    expect(textBoxNotice(boxes.opened, false)).toContain("本文档有 2 个文本框");
    expect(textBoxNotice(plain.opened, false)).toBeUndefined();
  });
});

describe("comments made in the page", () => {
  it("downloads the pane's comments as comments of the .docx, after a fill in the same paragraph, other parts unchanged", async () => {
    const { r, host, p } = await openedSpeech();
    const x = p.text.indexOf("X");
    const clause = { start: 0, end: p.text.length, text: p.text };
    expect((await host.fill([{ part: p.part, paragraph: p.index, start: x, end: x + 1, text: "X", clause, value: "2.35" }], { linked: false, trackChanges: false })).applied).toHaveLength(1);
    const after = (await host.read()).paragraphs.find((q) => q.index === p.index && q.part.kind === "body");
    const at = after?.text.indexOf("X%") ?? -1;
    expect(at).toBeGreaterThan(0);
    const report = await host.comment([{ part: p.part, paragraph: p.index, start: at, end: at + 1, text: "X", message: "此处尚未填写" }]);
    expect(report.skipped).toEqual([]);
    expect(report.inserted).toBe(1);
    const saved = saveDocx(r.opened, new Date("2026-11-24T08:00:00Z"));
    expect(saved.notes).toEqual([]);
    const files = unzipSync(saved.bytes);
    const doc = strFromU8(files["word/document.xml"] ?? new Uint8Array());
    const id = /<w:commentRangeStart w:id="(\d+)"\/>/.exec(doc)?.[1];
    expect(doc).toMatch(new RegExp(`<w:commentRangeStart w:id="${id}"/><w:r>(?:(?!</w:r>).)*<w:t[^>]*>X</w:t></w:r><w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`));
    const comments = strFromU8(files["word/comments.xml"] ?? new Uint8Array());
    expect(comments).toContain(`w:id="${id}"`);
    expect(comments.replace(/<[^>]+>/g, "")).toContain("此处尚未填写");
    expect(strFromU8(files["[Content_Types].xml"] ?? new Uint8Array())).toContain('PartName="/word/comments.xml"');
    expect(strFromU8(files["word/_rels/document.xml.rels"] ?? new Uint8Array())).toContain('Target="comments.xml"');
    const before = unzipSync(speech());
    for (const name of Object.keys(before)) if (!["word/document.xml", "[Content_Types].xml", "word/_rels/document.xml.rels"].includes(name)) expect([name, files[name]]).toEqual([name, before[name]]);
    // the fill is there too, and the file reads back
    const back = readDocx(saved.bytes, nodeXml());
    if (!back.ok) throw new Error(back.message);
    expect(paragraphsOf(back.file.doc.parts[0]?.blocks ?? []).map(reviewedText)).toContain("去年全市城镇新增就业2.35万人，城镇登记失业率控制在X%以内，完成年度目标任务。");
  });
});

