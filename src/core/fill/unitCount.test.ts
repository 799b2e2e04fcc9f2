import { snapshotFromLines } from "../document/snapshot";
import { scanSnapshot } from "../placeholders/scan";
import { type RowInput, TableSchema } from "../table/schema";
import { planFills } from "./plan";

function fill(line: string, rows: RowInput[]): (string | null)[] {
  const snap = snapshotFromLines([line]);
  const ps = planFills(snap, scanSnapshot(snap).placeholders, TableSchema.parse({ format: "draftkit-table", version: 1, rows }), { docYear: 2024 });
  return ps.map((p) => (p.status === "fill" ? p.value : null));
}

describe("a count named by what is counted and its unit", () => {
  const rows: RowInput[] = [
    { name: "农民专业合作社户数", value: 312, unit: "户" },
    { name: "年末户籍户数", aliases: ["户籍户数"], value: 98000, unit: "户" },
    { name: "农民专业合作社成员数", value: 5000, unit: "人" },
  ];

  it("reads 农民专业合作社X户 as 农民专业合作社户数", () => {
    expect(fill("其中：农民专业合作社X户。", rows)).toEqual(["312"]);
  });

  it("reads 年末户籍X户 as 户籍户数, and in 万户", () => {
    expect(fill("年末户籍X户。", rows)).toEqual(["98000"]);
    expect(fill("年末户籍X.X万户。", rows)).toEqual(["9.8"]);
  });

  it("not for a unit that counts something else (农民专业合作社X人 is its members, a row it does not name)", () => {
    expect(fill("农民专业合作社X人。", [rows[0] as RowInput])).toEqual([null]);
  });

  it("not for a unit that is no count (农民专业合作社X亿元)", () => {
    expect(fill("农民专业合作社X亿元。", rows)).toEqual([null]);
  });
});
