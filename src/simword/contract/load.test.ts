import { harness } from "./harness";

// Office.js: "You must call context.sync() before reading the properties" (ClientObject.load documentation);
// reading earlier throws PropertyNotLoaded.
describe("load and sync", () => {
  it("throws PropertyNotLoaded when a property is read before load and sync", async () => {
    const { Word } = harness(["甲", "乙"]);
    await Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      expect(() => p.text).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      p.load("text");
      expect(() => p.text).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(p.text).toBe("甲");
    });
  });

  it("reads a collection's items only after loading it", async () => {
    const { Word } = harness(["甲", "乙"]);
    await Word.run(async (context) => {
      const ps = context.document.body.paragraphs;
      expect(() => ps.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      ps.load("items/text");
      await context.sync();
      expect(ps.items.map((p) => p.text)).toEqual(["甲", "乙"]);
      expect(() => ps.items[0]?.style).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("accepts comma lists, arrays, nested paths and option objects", async () => {
    const { Word } = harness([{ text: "标题", font: { name: "黑体", size: 16 }, format: { alignment: "Centered" } }, "正文", "三"]);
    await Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      p.load("text, alignment");
      p.load(["font/name", "font/size"]);
      const page = context.document.body.paragraphs.load({ select: "text", skip: 1, top: 1 });
      await context.sync();
      expect([p.text, p.alignment, p.font.name, p.font.size]).toEqual(["标题", "Centered", "黑体", 16]);
      expect(page.items.map((x) => x.text)).toEqual(["正文"]);
    });
  });

  it("snapshots values at their place in the queue", async () => {
    const { Word } = harness(["原文"]);
    await Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      p.load("text");
      p.insertText("新", "End");
      const after = context.document.body.paragraphs.getFirst().load("text");
      await context.sync();
      expect(p.text).toBe("原文");
      expect(after.text).toBe("原文新");
    });
  });

  it("marks *OrNullObject results with isNullObject instead of throwing", async () => {
    const { Word } = harness(["只有一段"]);
    await Word.run(async (context) => {
      const next = context.document.body.paragraphs.getFirst().getNextOrNullObject();
      next.load("text");
      await context.sync();
      expect(next.isNullObject).toBe(true);
    });
  });

  it("rejects the sync with ItemNotFound for getFirst on an empty collection, keeping earlier commands", async () => {
    const { Word, host } = harness(["甲"]);
    await expect(
      Word.run(async (context) => {
        context.document.body.insertParagraph("乙", "End");
        const none = context.document.body.search("不存在").getFirst();
        none.insertText("丙", "Replace");
        context.document.body.insertParagraph("不会执行", "End");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(host.doc.body.paragraphs().map((p) => p.text)).toEqual(["甲", "乙"]);
  });

  it("counts syncs, including the one Word.run makes for commands still queued", async () => {
    const { Word, host } = harness(["甲"]);
    await Word.run(async (context) => {
      context.document.body.paragraphs.load("items/text");
      await context.sync();
      context.document.body.insertParagraph("乙", "End");
    });
    expect(host.syncCount()).toBe(2);
    await Word.run(async () => undefined);
    expect(host.syncCount()).toBe(2);
  });

  it("measures the bytes each sync carries, requests and loaded results", async () => {
    const long = "字".repeat(1000);
    const { Word, host } = harness([long, long]);
    await Word.run(async (context) => {
      context.document.body.paragraphs.load("items/text");
      await context.sync();
    });
    const [sync] = host.stats.syncs;
    expect(sync?.responseBytes).toBeGreaterThan(6000);
    expect(sync?.requestBytes).toBeLessThan(200);
  });

  it("fails a sync whose payload exceeds the configured limit (Office on the web: 5 MB)", async () => {
    const { Word } = harness(["字".repeat(2000)], { payloadLimitBytes: 1000 });
    await expect(
      Word.run(async (context) => {
        context.document.body.load("text");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });
});
