import { bodyTexts, harness } from "./harness";

type Loc = "Replace" | "Start" | "End" | "Before" | "After";
const all: Loc[] = ["Replace", "Start", "End", "Before", "After"];

async function tryInsert(kind: "body" | "paragraph" | "range" | "contentControl", loc: Loc, what: "text" | "paragraph") {
  const h = harness(["甲乙丙"]);
  await h.Word.run(async (context) => {
    const body = context.document.body;
    const p = body.paragraphs.getFirst();
    const target =
      kind === "body" ? body : kind === "paragraph" ? p : kind === "range" ? p.search("乙").getFirst() : p.search("乙").getFirst().insertContentControl();
    if (what === "text") target.insertText("新", loc as never);
    else target.insertParagraph("新段", loc as never);
    await context.sync();
  });
  return bodyTexts(h);
}

// Accepted insertLocation values per object, from each method's documentation in the Word API reference.
const accepted: Record<string, { text: Loc[]; paragraph: Loc[] }> = {
  body: { text: ["Replace", "Start", "End"], paragraph: ["Start", "End"] },
  paragraph: { text: ["Replace", "Start", "End"], paragraph: ["Before", "After"] },
  range: { text: ["Replace", "Start", "End", "Before", "After"], paragraph: ["Before", "After"] },
  contentControl: { text: ["Replace", "Start", "End"], paragraph: ["Before", "After"] },
};

describe("insert locations", () => {
  for (const [kind, ok] of Object.entries(accepted)) {
    for (const what of ["text", "paragraph"] as const) {
      for (const loc of all) {
        const allowed = ok[what].includes(loc);
        it(`${kind}.insert${what === "text" ? "Text" : "Paragraph"}('${loc}') ${allowed ? "works" : "throws InvalidArgument"}`, async () => {
          const run = tryInsert(kind as "body", loc, what);
          if (allowed) await expect(run).resolves.toBeDefined();
          else await expect(run).rejects.toMatchObject({ code: "InvalidArgument" });
        });
      }
    }
  }

  it("places text where each location says", async () => {
    expect(await tryInsert("range", "Before", "text")).toEqual(["甲新乙丙"]);
    expect(await tryInsert("range", "After", "text")).toEqual(["甲乙新丙"]);
    expect(await tryInsert("range", "Replace", "text")).toEqual(["甲新丙"]);
    expect(await tryInsert("paragraph", "Start", "text")).toEqual(["新甲乙丙"]);
    expect(await tryInsert("body", "End", "paragraph")).toEqual(["甲乙丙", "新段"]);
    expect(await tryInsert("paragraph", "Before", "paragraph")).toEqual(["新段", "甲乙丙"]);
  });

  it("keeps a Range on its text while text is typed before it", async () => {
    const h = harness(["城镇新增就业X万"]);
    const text = await h.Word.run(async (context) => {
      const r = context.document.body.search("X万").getFirst();
      context.document.body.paragraphs.getFirst().insertText("去年", "Start");
      r.insertText("2.35万", "Replace");
      const p = context.document.body.paragraphs.getFirst().load("text");
      await context.sync();
      return p.text;
    });
    expect(text).toBe("去年城镇新增就业2.35万");
  });

  it("grows a Range for Start/End inserts but not for Before/After", async () => {
    const h = harness(["甲乙丙"]);
    const texts = await h.Word.run(async (context) => {
      const r = context.document.body.search("乙").getFirst();
      r.insertText("<", "Start");
      r.insertText(">", "End");
      r.insertText("[", "Before");
      r.insertText("]", "After");
      r.load("text");
      await context.sync();
      return r.text;
    });
    expect(texts).toBe("<乙>");
    expect(bodyTexts(h)).toEqual(["甲[<乙>]丙"]);
  });

  it("getRange accepts only the documented locations per object", async () => {
    const h = harness(["甲"]);
    const attempt = (loc: string) =>
      h.Word.run(async (context) => {
        context.document.body.paragraphs.getFirst().getRange(loc as "Whole").load("text");
        await context.sync();
      });
    await expect(attempt("Before")).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(attempt("Content")).resolves.toBeUndefined();
  });

  it("new paragraphs take over their neighbour's formatting", async () => {
    const h = harness([{ text: "标题", format: { alignment: "Centered" }, font: { name: "黑体" } }]);
    await h.Word.run(async (context) => {
      context.document.body.paragraphs.getFirst().insertParagraph("副标题", "After");
      await context.sync();
    });
    const second = h.host.doc.body.paragraphs()[1];
    expect([second?.format.alignment, second?.font.name]).toEqual(["Centered", "黑体"]);
  });
});

describe("Range.expandTo (WordApi 1.3)", () => {
  it("spans from the earlier start to the later end", async () => {
    const h = harness(["甲乙丙丁戊"]);
    const text = await h.Word.run(async (context) => {
      const a = context.document.body.search("乙").getFirst();
      const b = context.document.body.search("丁").getFirst();
      const r = b.expandTo(a).load("text");
      await context.sync();
      return r.text;
    });
    expect(text).toBe("乙丙丁");
  });
});
