import { performance } from "node:perf_hooks";
import { snapshotFromLines } from "../src/core/document/snapshot";
import { planFills } from "../src/core/fill/plan";
import { scanSnapshot } from "../src/core/placeholders/scan";
import { bundledTable } from "../src/core/table/bundled";
import type { IndicatorTable, Row } from "../src/core/table/schema";
import { CHARS_PER_PAGE, generateDraft } from "./draft";

/**
 * The fill with a very large indicator table: a 250 KB draft and a 100,000-row table (the schema's maximum) — the
 * bundled rows plus rows named the way statistics offices name them, over many years and regions, so that many
 * rows share words with the draft's clauses without being the figure asked for.
 */
const fields = ["城镇", "农村", "规模以上", "全社会", "一般公共预算", "居民", "工业", "服务业", "外贸", "农业", "科技", "教育", "卫生", "文化", "交通", "能源", "住房", "金融", "旅游", "生态"];
const measures = ["增加值", "营业收入", "利润总额", "固定资产投资", "从业人员", "用电量", "进出口总额", "财政支出", "人均可支配收入", "消费支出", "贷款余额", "存款余额", "税收收入", "新开工项目", "竣工面积", "接待人次", "产量", "单位数", "增长率", "完成额"];
const regions = ["云川市", "溪山县", "青石镇", "白水乡", "东城区", "西城区", "南岭县", "北湖区", "望江县", "临河镇"];

export function bigTable(rows = 100_000): IndicatorTable {
  const out: Row[] = [...bundledTable.rows];
  for (let i = 0; out.length < rows; i += 1) {
    const f = fields[i % fields.length] as string;
    const m = measures[Math.floor(i / fields.length) % measures.length] as string;
    const year = 2000 + (Math.floor(i / (fields.length * measures.length)) % 26);
    const region = regions[Math.floor(i / (fields.length * measures.length * 26)) % regions.length] as string;
    out.push({ id: `r${i}`, name: `${f}${m}`, aliases: [`${region}${f}${m}`], value: (i % 997) + 0.5, unit: "万元", period: `${year}年`, region, source: "bench", kind: "number" });
  }
  return { ...bundledTable, sample: true, title: "bench 100000 rows", rows: out };
}

export function benchBigTable(draftChars = 250 * 1024, rows = 100_000) {
  const pages = Math.ceil(draftChars / CHARS_PER_PAGE);
  const draft = generateDraft(pages);
  const snapshot = snapshotFromLines(draft.paragraphs);
  const table = bigTable(rows);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const { placeholders } = scanSnapshot(snapshot);
  const proposals = planFills(snapshot, placeholders, table, { docYear: 2020 });
  const totalMs = performance.now() - t0;
  const d = process.cpuUsage(c0);
  return {
    draftChars: draft.paragraphs.reduce((n, p) => n + p.length, 0),
    rows: table.rows.length,
    placeholders: placeholders.length,
    filled: proposals.filter((p) => p.status === "fill").length,
    totalMs: Number(totalMs.toFixed(1)),
    totalCpuMs: Number(((d.user + d.system) / 1000).toFixed(1)),
  };
}
