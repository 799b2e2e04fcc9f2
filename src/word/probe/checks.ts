/**
 * The Word probe: builds a small fixture document and records what Word's API returns for each construct DraftKit
 * relies on — the places where the simulated host had to guess (see src/simword/contract). It uses Office.js only
 * (no DOM, nothing outside src/word/probe), so the same code runs in Word through probe.html (src/probe) or the Script Lab snippet
 * (docs/probe/, generated from this file), and against the simulated host in tests: tests/unit/word-recordings.test.ts replays every
 * recording in tests/word-recordings/ and fails where the simulation answers differently.
 * Run it in a new, empty document: it replaces the document's content.
 */
import { layoutChecks } from "./layoutChecks";

export interface ProbeRecord {
  id: string;
  /** what was asked of Word, in words */
  question: string;
  /** what Word answered (JSON), or { error: code } when the call failed */
  value: unknown;
}

export interface ProbeRecording {
  format: "draftkit-word-probe";
  version: 1;
  /** true when recorded against DraftKit's simulated host, not real Word */
  simulated: boolean;
  host: { platform: string; wordApi: string[] };
  records: ProbeRecord[];
}

type Ctx = Word.RequestContext;
type Check = { id: string; question: string; minor: number; run: (context: Ctx) => Promise<unknown> };

const errorOf = (e: unknown): { error: string } => ({ error: typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : String(e) });

async function paragraph(context: Ctx, text: string): Promise<Word.Paragraph> {
  const p = context.document.body.insertParagraph(text, "End");
  await context.sync();
  return p;
}

const checks: Check[] = [
  {
    id: "search.widths",
    question: "body.search('X', matchCase) in 新增X万，培训Ｘ万人次，X%: the text of each hit (does X find Ｘ?)",
    minor: 1,
    run: async (context) => {
      const p = await paragraph(context, "新增X万，培训Ｘ万人次，X%");
      const hits = p.search("X", { matchCase: true }).load("items/text");
      await context.sync();
      return hits.items.map((h) => h.text);
    },
  },
  {
    id: "search.widths.overlap",
    question: "paragraph.search('XX') in ＸXX，XX: the text of each hit",
    minor: 1,
    run: async (context) => {
      const p = await paragraph(context, "ＸXX，XX");
      const hits = p.search("XX", { matchCase: true }).load("items/text");
      await context.sync();
      return hits.items.map((h) => h.text);
    },
  },
  {
    id: "range.whole",
    question: "getRange('Whole') and getRange('Content') of a paragraph holding only X: their text",
    minor: 3,
    run: async (context) => {
      const p = await paragraph(context, "X");
      const whole = p.getRange("Whole").load("text");
      const content = p.getRange("Content").load("text");
      await context.sync();
      return { whole: whole.text, content: content.text };
    },
  },
  {
    id: "cell.whole",
    question: "A table cell holding only X: table.values, and getRange('Whole')/('Content') text of the cell's paragraph",
    minor: 3,
    run: async (context) => {
      await paragraph(context, "表格前");
      const table = context.document.body.insertTable(1, 2, "End", [["城镇新增就业", "X"]]);
      const cellParagraph = table.getCell(0, 1).body.paragraphs.getFirst();
      const whole = cellParagraph.getRange("Whole").load("text");
      const content = cellParagraph.getRange("Content").load("text");
      table.load("values");
      await context.sync();
      return { values: table.values, whole: whole.text, content: content.text };
    },
  },
  {
    id: "tracked.text",
    question: "Under TrackAll, replace X in 新增X万 with 2.35: paragraph.text, getReviewedText Current/Original, hits of 'X'",
    minor: 4,
    run: async (context) => {
      const p = await paragraph(context, "新增X万");
      context.document.load("changeTrackingMode");
      await context.sync();
      const before = context.document.changeTrackingMode;
      context.document.changeTrackingMode = "TrackAll";
      p.search("X", { matchCase: true }).getFirst().insertText("2.35", "Replace");
      context.document.changeTrackingMode = before;
      await context.sync();
      p.load("text");
      const current = p.getReviewedText("Current");
      const original = p.getReviewedText("Original");
      const hits = p.search("X", { matchCase: true }).load("items/text");
      await context.sync();
      return { text: p.text, current: current.value, original: original.value, hits: hits.items.length };
    },
  },
  {
    id: "footnote.text",
    question: "A footnote inserted after 新增 in 新增X万: the paragraph's text, hits of 'X万' in it, the footnote's text",
    minor: 5,
    run: async (context) => {
      const p = await paragraph(context, "新增X万");
      p.search("新增", { matchCase: true }).getFirst().insertFootnote("数据来源：统计局");
      await context.sync();
      p.load("text");
      const hits = p.search("X万", { matchCase: true }).load("items/text");
      const notes = context.document.body.footnotes.load("items");
      await context.sync();
      const bodies = notes.items.map((n) => n.body.load("text"));
      await context.sync();
      return { text: p.text, codes: [...p.text].map((c) => c.charCodeAt(0)), hits: hits.items.length, notes: bodies.map((b) => b.text) };
    },
  },
  {
    id: "lineSpacing.api",
    question: "paragraph.lineSpacing = 28, then read back: lineSpacing and whether the OOXML says lineRule exact",
    minor: 1,
    run: async (context) => {
      const p = await paragraph(context, "行距");
      p.lineSpacing = 28;
      await context.sync();
      p.load("lineSpacing");
      const ooxml = p.getOoxml();
      await context.sync();
      // getOoxml returns a ClientResult, filled by the sync above; the rule takes it for a proxy needing load().
      // eslint-disable-next-line office-addins/load-object-before-read
      return { lineSpacing: p.lineSpacing, exact: /w:lineRule="exact"/.test(ooxml.value) };
    },
  },
  {
    id: "lineSpacing.ooxml",
    question: "insertOoxml of a paragraph with w:spacing line=560 lineRule=exact and w:rFonts eastAsia=黑体: lineSpacing, font.name, paragraph count added",
    minor: 1,
    run: async (context) => {
      const p = await paragraph(context, "");
      const before = context.document.body.paragraphs.load("items");
      await context.sync();
      const n = before.items.length;
      const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
      p.insertOoxml(
        `<w:document xmlns:w="${W}"><w:body><w:p><w:pPr><w:spacing w:line="560" w:lineRule="exact"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Arial" w:eastAsia="黑体"/></w:rPr><w:t>一、总体要求</w:t></w:r></w:p></w:body></w:document>`,
        "Replace",
      );
      const after = context.document.body.paragraphs.load("items/text,items/lineSpacing");
      await context.sync();
      const inserted = after.items.find((q) => q.text === "一、总体要求");
      inserted?.font.load("name");
      await context.sync();
      return { lineSpacing: inserted?.lineSpacing ?? null, fontName: inserted?.font.name ?? null, added: after.items.length - n };
    },
  },
  {
    id: "comment.header",
    question: "insertComment on text in the primary header: error code, or how many comments the document then has",
    minor: 4,
    run: async (context) => {
      const header = context.document.sections.getFirst().getHeader("Primary");
      header.insertParagraph("更多范文请关注公众号", "End");
      await context.sync();
      try {
        header.search("范文").getFirst().insertComment("probe");
        await context.sync();
      } catch (e) {
        return errorOf(e);
      }
      const all = context.document.body.getComments().load("items");
      await context.sync();
      return { ok: true, bodyComments: all.items.length };
    },
  },
  {
    id: "contentControl.longTag",
    question: "A content control's tag of 171 characters and title of 65: accepted? read back lengths",
    minor: 1,
    run: async (context) => {
      const p = await paragraph(context, "新增X万");
      const cc = p.search("X", { matchCase: true }).getFirst().insertContentControl();
      const out: Record<string, unknown> = {};
      for (const [name, length] of [["tag", 171], ["title", 65]] as const) {
        try {
          cc[name] = "a".repeat(length);
          cc.load(name);
          // one sync per property on purpose: each must fail or pass on its own
          // eslint-disable-next-line office-addins/no-context-sync-in-loop
          await context.sync();
          out[name] = cc[name].length;
        } catch (e) {
          out[name] = errorOf(e);
        }
      }
      return out;
    },
  },
  {
    id: "list.listString",
    question: "startNewList() on a paragraph, then a paragraph inserted after it: isListItem and listString of both, paragraph.text",
    minor: 3,
    run: async (context) => {
      const p = await paragraph(context, "总体要求");
      p.startNewList();
      await context.sync();
      const next = p.insertParagraph("重点任务", "After");
      p.load("text,isListItem");
      next.load("isListItem");
      await context.sync();
      const a = p.listItemOrNullObject.load("listString");
      const b = next.listItemOrNullObject.load("listString");
      await context.sync();
      return { text: p.text, first: a.isNullObject ? null : a.listString, next: next.isListItem, nextString: b.isNullObject ? null : b.listString };
    },
  },
  {
    id: "batch.partial",
    question: "A batch whose third command fails: which edits stayed, and the error's traceMessages",
    minor: 1,
    run: async (context) => {
      const p = await paragraph(context, "甲");
      p.insertText("一", "End");
      context.trace("one");
      p.insertText("二", "End");
      context.trace("two");
      // Paragraph.insertText accepts Replace, Start and End only: "Before" fails the batch here.
      p.insertText("三", "Before" as Word.InsertLocation.start);
      context.trace("three");
      try {
        await context.sync();
      } catch (e) {
        p.load("text");
        await context.sync();
        return { ...errorOf(e), text: p.text, traces: (e as { traceMessages?: string[] }).traceMessages ?? [] };
      }
      p.load("text");
      await context.sync();
      return { ok: true, text: p.text };
    },
  },
  ...layoutChecks,
];

/** Runs every check its WordApi level allows, each in its own Word.run, and returns the recording. */
export async function runProbe(options: { simulated: boolean }): Promise<ProbeRecording> {
  const supported = (minor: number) => Office.context.requirements.isSetSupported("WordApi", `1.${minor}`);
  const wordApi = [1, 2, 3, 4, 5, 6, 7, 8, 9].filter(supported).map((m) => `1.${m}`);
  await Word.run(async (context) => {
    context.document.body.clear();
    await context.sync();
  });
  const records: ProbeRecord[] = [];
  for (const check of checks) {
    if (!supported(check.minor)) {
      records.push({ id: check.id, question: check.question, value: { skipped: `WordApi 1.${check.minor}` } });
      continue;
    }
    let value: unknown;
    try {
      value = await Word.run((context) => check.run(context));
    } catch (e) {
      value = errorOf(e);
    }
    records.push({ id: check.id, question: check.question, value });
  }
  return { format: "draftkit-word-probe", version: 1, simulated: options.simulated, host: { platform: String(Office.context.platform ?? "unknown"), wordApi }, records };
}
