import { generateDraft } from "../../bench/draft";
import { scanSnapshot } from "../core/placeholders/scan";
import { installSim } from "./testing";

const setup = (spec: Parameters<typeof installSim>[0]) => installSim(spec);

describe("scanning through the adapter", () => {
  it("scans a whole document in 2 syncs at 10 and 300 pages, tables, headers and footers included", async () => {
    for (const pages of [10, 300]) {
      const draft = generateDraft(pages);
      const { sim, host } = setup(draft);
      const { placeholders } = scanSnapshot(await host.read());
      expect(sim.syncCount()).toBe(2);
      expect(placeholders.filter((p) => p.inTable).length).toBeGreaterThan(0);
      expect(placeholders.filter((p) => p.part.kind === "footer").map((p) => p.text)).toEqual(["XX"]);
      expect(placeholders.length).toBeGreaterThan(pages);
    }
  });

  it("selects every placeholder of a paragraph full of equal and overlapping-looking markers", async () => {
    const text = "新增X万，培训XX万人次，X万余元，X.X%与X%，XX同志、X局长、X万";
    const { sim, host } = setup({ blocks: ["前言X万", text] });
    const { placeholders } = scanSnapshot(await host.read());
    const inText = placeholders.filter((p) => p.paragraph === 1);
    expect(inText).toHaveLength(8);
    for (const p of inText) {
      sim.resetStats();
      expect(await host.select({ part: p.part, paragraph: p.paragraph, start: p.start, end: p.end, text: p.text })).toEqual({ ok: true });
      expect(sim.syncCount()).toBe(3);
      const sel = sim.doc.selection;
      expect([sel?.start.para.text, sel?.start.offset, sel?.end.offset]).toEqual([text, p.start, p.end]);
    }
  });

  it("selects placeholders inside table cells and the footer", async () => {
    const { sim, host } = setup({ blocks: ["正文", { table: [["指标", "X万人"], ["失业率", "X%"]] }], footer: ["XX市人社局"] });
    const { placeholders } = scanSnapshot(await host.read());
    for (const p of placeholders) {
      expect(await host.select({ part: p.part, paragraph: p.paragraph, start: p.start, end: p.end, text: p.text })).toEqual({ ok: true });
      expect(sim.doc.selectionText()).toBe(p.text);
    }
    expect(placeholders.map((p) => [p.text, p.kind])).toEqual([["X", "quantity"], ["X", "percent"], ["XX", "place"]]);
  });
});

describe("table rows as context", () => {
  it("reads each table cell's row neighbours so a figure in a table knows its indicator", async () => {
    const { host } = setup({ blocks: ["正文", { table: [["指标", "完成情况"], ["城镇新增就业", "X万人"], ["失业率", "X%"]] }] });
    const { placeholders } = scanSnapshot(await host.read());
    expect(placeholders.map((p) => [p.text + p.unit, p.rowContext])).toEqual([["X万人", "城镇新增就业"], ["X%", "失业率"]]);
  });
});
