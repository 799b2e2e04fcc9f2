import { snapshotFromLines } from "../document/snapshot";
import { scanSnapshot } from "../placeholders/scan";
import { type RowInput, TableSchema } from "../table/schema";
import { planFills } from "./plan";

const rows: RowInput[] = [
  { name: "县名", value: "溪山县", region: "全县", kind: "place" },
  { name: "县长", value: "司马光", region: "全县", kind: "person" },
];
const fill = (line: string) => {
  const snap = snapshotFromLines([line]);
  return planFills(snap, scanSnapshot(snap).placeholders, TableSchema.parse({ format: "draftkit-table", version: 1, rows }), { docYear: 2026 });
};

describe("places below the document's region", () => {
  it.each(["全县工作会议在某某乡召开", "全县表彰某某镇先进集体", "全县推广X街道的做法", "全县表彰某某村、某某社区"])("never fills %s with the county's name", (line) => {
    for (const p of fill(line)) {
      expect(p.status).not.toBe("fill");
      expect(p.value).toBeNull();
    }
  });

  it("still fills X县 with the county's short name", () => {
    expect(fill("全县，X县人民")[0]).toMatchObject({ status: "fill", value: "溪山" });
  });

  it("says why in data: a lower unit, to be written by hand", () => {
    const [p] = fill("全县工作会议在某某乡召开");
    expect(p?.placeholder).toMatchObject({ kind: "place", title: "乡" });
    expect(p?.why).toMatchObject({ code: "lower_admin_unit", hint: { code: "write_manually" } });
  });
});
