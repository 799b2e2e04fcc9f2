/**
 * Probe checks for constructs that sit beside the text DraftKit reads: a text box and merged table cells. Part of the
 * Word probe (checks.ts), kept apart to keep that file short.
 */
type LayoutCheck = { id: string; question: string; minor: number; run: (context: Word.RequestContext) => Promise<unknown> };

const failure = (e: unknown): { error: string } => ({ error: typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : String(e) });

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const V = "urn:schemas-microsoft-com:vml";
// a paragraph anchoring a VML text box (w:pict/v:textbox/w:txbxContent), the markup Word itself writes as fallback
const textBoxOoxml = `<w:document xmlns:w="${W}" xmlns:v="${V}"><w:body><w:p><w:r><w:t>框外X万</w:t></w:r><w:r><w:pict><v:shape id="draftkitProbeBox" type="#_x0000_t202" style="width:120pt;height:40pt"><v:textbox><w:txbxContent><w:p><w:r><w:t>框内X人</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p></w:body></w:document>`;

export const layoutChecks: LayoutCheck[] = [
  {
    id: "textBox.text",
    question: "insertOoxml of 框外X万 anchoring a text box holding 框内X人: body paragraphs showing either, hits of '框内' in the body",
    minor: 1,
    run: async (context) => {
      const p = context.document.body.insertParagraph("", "End");
      p.insertOoxml(textBoxOoxml, "Replace");
      await context.sync();
      const ps = context.document.body.paragraphs.load("items/text");
      const hits = context.document.body.search("框内", { matchCase: true }).load("items");
      await context.sync();
      return { paragraphs: ps.items.map((q) => q.text).filter((t) => t.includes("框外") || t.includes("框内")), hits: hits.items.length };
    },
  },
  {
    id: "table.merged",
    question: "A 3×3 table, cells (0,1)-(0,2) merged across and (1,0)-(2,0) merged down: values, rowCount, and loading cellIndex / value of the cell merged down",
    minor: 4,
    run: async (context) => {
      context.document.body.insertParagraph("合并表前", "End");
      const grid = [
        ["指标", "2024年", "2025年"],
        ["就业", "X万人", "X万人"],
        ["", "X%", "X%"],
      ];
      const table = context.document.body.insertTable(3, 3, "End", grid);
      table.mergeCells(0, 1, 0, 2);
      table.mergeCells(1, 0, 2, 0);
      table.load("values,rowCount");
      await context.sync();
      const out: Record<string, unknown> = { values: table.values, rowCount: table.rowCount };
      for (const property of ["cellIndex", "value"] as const) {
        const cell = table.getCell(1, 0).body.paragraphs.getFirst().parentTableCellOrNullObject.load(property);
        try {
          // one sync per property on purpose: each must fail or pass on its own
          // eslint-disable-next-line office-addins/no-context-sync-in-loop
          await context.sync();
          out[property] = cell[property];
        } catch (e) {
          out[property] = failure(e);
        }
      }
      return out;
    },
  },
];
