import { bodyTexts, harness } from "./harness";

describe("content controls", () => {
  it("wraps a range with tag, title, appearance and colour, found again by getByTag", async () => {
    const h = harness(["城镇新增就业X万"]);
    const found = await h.Word.run(async (context) => {
      const cc = context.document.body.search("X").getFirst().insertContentControl();
      cc.tag = "dk:employment";
      cc.title = "城镇新增就业";
      cc.appearance = "Tags";
      cc.color = "#C00000";
      await context.sync();
      const again = context.document.contentControls.getByTag("dk:employment").load("items/text,items/title,items/appearance");
      await context.sync();
      return again.items.map((c) => [c.text, c.title, c.appearance]);
    });
    expect(found).toEqual([["X", "城镇新增就业", "Tags"]]);
  });

  it("replaces its text in place and keeps wrapping the new text", async () => {
    const h = harness(["新增X万人"]);
    await h.Word.run(async (context) => {
      const cc = context.document.body.search("X").getFirst().insertContentControl();
      cc.tag = "t";
      cc.insertText("2.35", "Replace");
      await context.sync();
    });
    expect(bodyTexts(h)).toEqual(["新增2.35万人"]);
    const [cc] = h.host.doc.liveContentControls();
    expect(cc && h.host.doc.body.paragraphs()[0]?.text.slice(cc.span.start.offset, cc.span.end.offset)).toBe("2.35");
  });

  it("deletes a control keeping or dropping its content", async () => {
    const h = harness(["甲X乙", "丙Y丁"]);
    await h.Word.run(async (context) => {
      const a = context.document.body.search("X").getFirst().insertContentControl();
      const b = context.document.body.search("Y").getFirst().insertContentControl();
      a.delete(true);
      b.delete(false);
      await context.sync();
    });
    expect(bodyTexts(h)).toEqual(["甲X乙", "丙丁"]);
    expect(h.host.doc.liveContentControls()).toHaveLength(0);
  });

  it("refuses a control that would partly overlap another", async () => {
    const h = harness(["甲乙丙丁"]);
    await expect(
      h.Word.run(async (context) => {
        context.document.body.search("甲乙").getFirst().insertContentControl();
        context.document.body.search("乙丙").getFirst().insertContentControl();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("lists controls inside a paragraph through paragraph.contentControls", async () => {
    const h = harness(["甲X", "乙X"]);
    const n = await h.Word.run(async (context) => {
      const found = context.document.body.search("X");
      found.load("items");
      await context.sync();
      for (const r of found.items) r.insertContentControl();
      const inSecond = context.document.body.paragraphs.getLast().contentControls.load("items");
      await context.sync();
      return inSecond.items.length;
    });
    expect(n).toBe(1);
  });
});

describe("selection", () => {
  it("select() moves the document selection and getSelection() reads it back", async () => {
    const h = harness(["今年X月X日召开"]);
    const text = await h.Word.run(async (context) => {
      context.document.body.search("X月X日").getFirst().select();
      const sel = context.document.getSelection().load("text");
      await context.sync();
      return sel.text;
    });
    expect(text).toBe("X月X日");
    expect(h.host.doc.selectionText()).toBe("X月X日");
  });

  it("select('End') collapses the selection after the range", async () => {
    const h = harness(["甲乙"]);
    await h.Word.run(async (context) => {
      context.document.body.search("甲").getFirst().select("End");
      await context.sync();
    });
    expect([h.host.doc.selection?.start.offset, h.host.doc.selection?.end.offset]).toEqual([1, 1]);
  });
});
