import { harness } from "./harness";

// https://learn.microsoft.com/en-us/javascript/api/word/word.listitem (WordApi 1.3): listString is the list number
// as drawn; Paragraph.isListItem says whether a paragraph is in a list; the number is not part of paragraph.text.
// A paragraph inserted after a list item continues the list (Word bases a new paragraph on the one before it).
describe("automatic list numbering (ListItem, WordApi 1.3)", () => {
  const spec = [
    { text: "总体要求", list: { numId: 1, level: 0 } },
    { text: "正文" },
    { text: "重点任务", list: { numId: 1, level: 0 } },
    { text: "稳就业", list: { numId: 1, level: 1 } },
    { text: "保民生", list: { numId: 1, level: 1 } },
    { text: "工作要求", list: { numId: 1, level: 0 } },
    { text: "抓落实", list: { numId: 1, level: 1 } },
  ];

  it("reads listString outside paragraph.text, restarting lower levels", async () => {
    const h = harness(spec);
    const out = await h.Word.run(async (context) => {
      const ps = context.document.body.paragraphs.load("items/text,items/isListItem");
      await context.sync();
      const items = ps.items.map((p) => (p.isListItem ? p.listItem.load("listString,level") : undefined));
      await context.sync();
      return ps.items.map((p, i) => [items[i]?.listString ?? "", p.text]);
    });
    expect(out).toEqual([
      ["一、", "总体要求"],
      ["", "正文"],
      ["二、", "重点任务"],
      ["（一）", "稳就业"],
      ["（二）", "保民生"],
      ["三、", "工作要求"],
      ["（一）", "抓落实"],
    ]);
  });

  it("fails listItem on a plain paragraph (ItemNotFound), gives a null object through listItemOrNullObject", async () => {
    const h = harness(["正文"]);
    const isNull = await h.Word.run(async (context) => {
      const li = context.document.body.paragraphs.getFirst().listItemOrNullObject.load("listString");
      await context.sync();
      return li.isNullObject;
    });
    expect(isNull).toBe(true);
    await expect(
      h.Word.run(async (context) => {
        context.document.body.paragraphs.getFirst().listItem.load("listString");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("makes a paragraph inserted after a list item a list item too, renumbering the ones after it", async () => {
    const h = harness(spec);
    await h.Word.run(async (context) => {
      context.document.body.paragraphs.getFirst().insertParagraph("新插入", "After");
      await context.sync();
    });
    const [inserted, next] = [h.host.doc.body.paragraphs()[1], h.host.doc.body.paragraphs()[3]];
    expect(inserted?.list).toEqual({ numId: 1, level: 0 });
    const strings = await h.Word.run(async (context) => {
      const ps = context.document.body.paragraphs.load("items");
      await context.sync();
      const a = ps.items[1]!.listItem.load("listString");
      const b = ps.items[3]!.listItem.load("listString");
      await context.sync();
      return [a.listString, b.listString];
    });
    expect(next?.text).toBe("重点任务");
    expect(strings).toEqual(["二、", "三、"]);
  });
});
