import { harness } from "./harness";

describe("requirement sets", () => {
  it("answers isSetSupported per the configured WordApi level", () => {
    const { Office } = harness(["甲"], { wordApiMinor: 3 });
    expect(Office.context.requirements.isSetSupported("WordApi", "1.3")).toBe(true);
    expect(Office.context.requirements.isSetSupported("WordApi", "1.4")).toBe(false);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.1")).toBe(false);
  });

  it("fails WordApi 1.4 calls with ApiNotFound on a 1.3 host", async () => {
    const { Word } = harness(["甲"], { wordApiMinor: 3 });
    await expect(
      Word.run(async (context) => {
        context.document.body.search("甲").getFirst().insertComment("批注");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

describe("comments (WordApi 1.4)", () => {
  it("anchors a comment on a range and lists it from the body", async () => {
    const h = harness(["失业率控制在X%之内"]);
    const listed = await h.Word.run(async (context) => {
      context.document.body.search("X%").getFirst().insertComment("未填写的占位符");
      const comments = context.document.body.getComments().load("items/content");
      await context.sync();
      return comments.items.map((c) => c.content);
    });
    expect(listed).toEqual(["未填写的占位符"]);
    expect(h.host.doc.comments[0]?.span.start.offset).toBe(6);
  });
});

describe("change tracking (WordApi 1.4)", () => {
  it("records insertions and deletions as revisions while tracking is on", async () => {
    const h = harness(["新增就业X万"]);
    await h.Word.run(async (context) => {
      context.document.changeTrackingMode = "TrackAll";
      context.document.body.search("X").getFirst().insertText("2.35", "Replace");
      await context.sync();
    });
    expect(h.host.doc.revisions.map((r) => [r.type, r.text])).toEqual([
      ["Deleted", "X"],
      ["Added", "2.35"],
    ]);
  });

  it("records nothing while tracking is off", async () => {
    const h = harness(["新增就业X万"]);
    await h.Word.run(async (context) => {
      context.document.body.search("X").getFirst().insertText("2.35", "Replace");
      await context.sync();
    });
    expect(h.host.doc.revisions).toHaveLength(0);
  });
});

describe("read-only documents", () => {
  it("refuses edits with AccessDenied and changes nothing, while reading still works", async () => {
    const h = harness(["甲X"]);
    h.host.doc.readOnly = true;
    await expect(
      h.Word.run(async (context) => {
        context.document.body.search("X").getFirst().insertText("1", "Replace");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    const text = await h.Word.run(async (context) => {
      const b = context.document.body.load("text");
      await context.sync();
      return b.text;
    });
    expect(text).toBe("甲X");
  });
});

describe("document model", () => {
  it("lists table paragraphs among body paragraphs with their nesting level", async () => {
    const h = harness({ blocks: ["前", { table: [["a", "b"]] }, "后"] });
    const rows = await h.Word.run(async (context) => {
      const ps = context.document.body.paragraphs.load("items/text,items/tableNestingLevel");
      const tables = context.document.body.tables.load("items/values");
      await context.sync();
      return { ps: ps.items.map((p) => [p.text, p.tableNestingLevel]), values: tables.items[0]?.values };
    });
    expect(rows.ps).toEqual([["前", 0], ["a", 1], ["b", 1], ["后", 0]]);
    expect(rows.values).toEqual([["a", "b"]]);
  });

  it("sets paragraph formatting and fonts, and reports built-in styles by name", async () => {
    const h = harness(["一、总体要求"]);
    const read = await h.Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      p.styleBuiltIn = "Heading1";
      p.firstLineIndent = 32;
      p.lineSpacing = 28;
      p.font.name = "黑体";
      p.font.bold = false;
      p.load("style,styleBuiltIn,firstLineIndent,lineSpacing,font/name");
      await context.sync();
      return [p.style, p.styleBuiltIn, p.firstLineIndent, p.lineSpacing, p.font.name];
    });
    expect(read).toEqual(["Heading 1", "Heading1", 32, 28, "黑体"]);
  });

  it("reads headers and footers of each section", async () => {
    const h = harness({ blocks: ["正文"], header: ["仅供学习"], footer: ["页脚"] });
    const read = await h.Word.run(async (context) => {
      const s = context.document.sections.getFirst();
      const head = s.getHeader("Primary").load("text,type");
      const foot = s.getFooter("Primary").load("text");
      await context.sync();
      return [head.text, head.type, foot.text];
    });
    expect(read).toEqual(["仅供学习", "Header", "页脚"]);
  });

  it("stores document settings that travel with the document", () => {
    const h = harness(["甲"]);
    h.Office.context.document.settings.set("draftkit.table", { rows: 1 });
    expect(h.Office.context.document.settings.get("draftkit.table")).toEqual({ rows: 1 });
  });
});

describe("footnotes and endnotes (WordApi 1.5)", () => {
  it("lists notes with their own bodies and walks them with getNext", async () => {
    const h = harness({ blocks: ["正文"], footnotes: ["注一X万", "注二"], endnotes: ["尾注"] });
    const read = await h.Word.run(async (context) => {
      const notes = context.document.body.footnotes.load("items/type");
      const second = context.document.body.footnotes.getFirst().getNext().body.load("text");
      const end = context.document.body.endnotes.getFirst().body.load("text,type");
      await context.sync();
      return [notes.items.map((n) => n.type), second.text, end.text, end.type];
    });
    expect(read).toEqual([["Footnote", "Footnote"], "注二", "尾注", "Endnote"]);
  });

  it("fails with ApiNotFound on a WordApi 1.4 host", async () => {
    const h = harness({ blocks: ["正文"], footnotes: ["注"] }, { wordApiMinor: 4 });
    await expect(
      h.Word.run(async (context) => {
        context.document.body.footnotes.load("items");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});
