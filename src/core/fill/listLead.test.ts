import type { RowInput } from "../table/schema";
import { filledProposals, filledValues } from "./testing";

const fill = (line: string, rows: RowInput[]): (string | null)[] => filledValues(line, rows, { docYear: 2024 });

describe("a verb of newness written once before a 、 list of counts", () => {
  const rows: RowInput[] = [
    { name: "新增充电桩", value: 120, unit: "个" },
    { name: "新增公交线路", value: 6, unit: "条" },
    { name: "公交线路", value: 88, unit: "条" },
  ];

  it("belongs to every item (新增X个充电桩、X条公交线路 → 新增公交线路)", () => {
    expect(fill("全年新增X个充电桩、X条公交线路。", rows)).toEqual(["120", "6"]);
    expect(fill("新建X个充电桩、X条公交线路。", [{ name: "新建公交线路", value: 6, unit: "条" }])).toEqual([null, "6"]);
  });

  it("says why the stock is refused: it lacks 新增", () => {
    const [, second] = filledProposals("新增X个充电桩、X条公交线路。", [rows[2] as RowInput]);
    expect(second?.why).toMatchObject({ code: "qualifier_missing", params: { row: "公交线路", qualifier: "新增" } });
  });

  it("never makes the stock a new count, nor the new count a stock", () => {
    expect(fill("新增X个充电桩、X条公交线路。", [rows[0] as RowInput, rows[2] as RowInput])).toEqual(["120", null]);
    expect(fill("现有X个充电桩、X条公交线路。", [rows[1] as RowInput])).toEqual([null, null]);
  });

  it("not past a stop: a new sentence part says nothing of newness", () => {
    expect(fill("新增X个充电桩，X条公交线路。", [rows[1] as RowInput])).toEqual([null, null]);
  });
});
