import { snapshotFromLines } from "../document/snapshot";
import { scanSnapshot } from "../placeholders/scan";
import { type RowInput, TableSchema } from "../table/schema";
import { planFills } from "./plan";

function fill(line: string, rows: RowInput[]): (string | null)[] {
  const snap = snapshotFromLines([line]);
  const ps = planFills(snap, scanSnapshot(snap).placeholders, TableSchema.parse({ format: "draftkit-table", version: 1, rows }), { docYear: 2024 });
  return ps.map((p) => (p.status === "fill" ? p.value : null));
}

const rows: RowInput[] = [
  { name: "第一产业增加值占地区生产总值比重", value: 9.8, unit: "%" },
  { name: "第二产业增加值占地区生产总值比重", value: 38.1, unit: "%" },
  { name: "第三产业增加值占地区生产总值比重", value: 52.1, unit: "%" },
];

describe("shares written without their base, or across a 、", () => {
  it("reads 第二产业增加值比重为X% as that subject's only share", () => {
    expect(fill("三次产业中，第一产业增加值占地区生产总值的比重为X%，第二产业增加值比重X%，第三产业增加值比重X%。", rows)).toEqual(["9.8", "38.1", "52.1"]);
  });

  it("leaves it blank when the subject has shares in two bases", () => {
    const two = [...rows, { name: "第二产业增加值占规上工业比重", value: 40, unit: "%" }];
    expect(fill("第二产业增加值比重为X%。", two)).toEqual([null]);
  });

  it("reads a subject written across 、 (电力、热力、燃气及水生产和供应业增加值占比为X%)", () => {
    const r: RowInput[] = [
      { name: "电力、热力、燃气及水生产和供应业增加值占规上工业比重", value: 1.5, unit: "%" },
      { name: "燃气生产业增加值占规上工业比重", value: 0.4, unit: "%" },
    ];
    expect(fill("规上工业中，电力、热力、燃气及水生产和供应业增加值占比为X%。", r)).toEqual(["1.5"]);
  });

  it("reads a share in brackets as the share of what is named right before them (XXX家重点企业（规模占比XX%）)", () => {
    const r: RowInput[] = [
      { name: "重点企业", value: 198, unit: "家" },
      { name: "重点企业产值占规上工业比重", value: 80, unit: "%" },
    ];
    expect(fill("XXX家重点企业（规模占比XX%）累计完成产值。", r)).toEqual(["198", "80"]);
    expect(fill("XXX家中小企业（规模占比XX%）累计完成产值。", r)).toEqual([null, null]);
  });

  it("completes a subject written short as its own figure was (…完成产值X亿元，可比增长X%，占规上工业总产值的X%)", () => {
    const r: RowInput[] = [
      { name: "战略性新兴产业产值", value: 1710.7, unit: "亿元" },
      { name: "战略性新兴产业产值可比增长速度", value: 3.4, unit: "%" },
      { name: "战略性新兴产业产值占规上工业总产值比重", value: 36.4, unit: "%" },
      { name: "规模以上工业总产值", value: 4694.3, unit: "亿元" },
    ];
    expect(fill("战略性新兴产业比重提升，完成产值X亿元，可比增长X%，占规上工业总产值的X%。", r)).toEqual(["1710.7", "3.4", "36.4"]);
  });
});
