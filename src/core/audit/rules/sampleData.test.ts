import { runAudit } from "../run";
import { check } from "../testing";
import { type SampleFill, sampleData } from "./sampleData";

const body = { kind: "body" } as const;
const fill = (paragraph: number, start: number, before: string, value: string): SampleFill => ({ part: body, paragraph, start, before, value, row: "城镇新增就业" });

describe("示例数据未替换 (sample-data)", () => {
  const lines = ["去年全市城镇新增就业2.35万人，失业率控制在3.2%以内。", "同比增长2.35万人。"];

  it("reports a value filled from the sample table, in both languages, as an error", () => {
    const fs = check(sampleData, lines, { sampleFills: [fill(0, 10, "全市城镇新增就业", "2.35")] });
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ severity: "error", paragraph: 0, start: 10, end: 14, text: "2.35" });
    expect(fs[0]?.message).toContain("示例数据");
    expect(fs[0]?.messageEn).toContain("sample data");
  });

  it("finds the value again after text was typed before it in the same paragraph", () => {
    const edited = ["据统计，去年全市城镇新增就业2.35万人，失业率控制在3.2%以内。"];
    const fs = check(sampleData, edited, { sampleFills: [fill(0, 10, "全市城镇新增就业", "2.35")] });
    expect(fs.map((f) => f.start)).toEqual([14]);
  });

  it("does not report a value the user has replaced, nor the same figure written elsewhere", () => {
    const replaced = ["去年全市城镇新增就业2.41万人，失业率控制在3.2%以内。", "同比增长2.35万人。"];
    expect(check(sampleData, replaced, { sampleFills: [fill(0, 10, "全市城镇新增就业", "2.35")] })).toEqual([]);
  });

  it("reports nothing when no fill was recorded (the CLI, a real table)", () => {
    expect(check(sampleData, lines)).toEqual([]);
  });

  it("makes the document not printable through runAudit", () => {
    const snapshot = { paragraphs: lines.map((text, index) => ({ part: body, index, text, inTable: false })) };
    const r = runAudit(snapshot, { sampleFills: [fill(1, 4, "同比增长", "2.35")] });
    expect(r.findings.filter((f) => f.rule === "sample-data").map((f) => f.paragraph)).toEqual([1]);
    expect(r.printable).toBe(false);
  });
});
