import type { Row } from "../table/schema";
import { buildNameIndex } from "./nameIndex";

const row = (i: number, name: string): Row => ({ id: `r${i}`, name, aliases: [], value: i, unit: "万人", period: `${2000 + (i % 26)}年`, region: `第${i}区`, source: "" });

describe("the name index on a table repeating its names", () => {
  it("searches a text once per name, not once per row of that name", () => {
    // 3,000 rows of one name (one per year and region, as a statistics table has them) and one other name.
    const index = buildNameIndex([...Array.from({ length: 3000 }, (_, i) => row(i, "城镇新增就业")), row(3000, "城镇登记失业率")]);
    const indexOf = jest.spyOn(String.prototype, "indexOf");
    // Every character of 城镇新增就业 is written, but not the name: nothing is found, after one look per name.
    const text = "城镇居民新增收入，就业稳定，城镇登记失业率X%";
    const found = index.mentionsIn(text);
    const calls = indexOf.mock.calls.length;
    indexOf.mockRestore();
    expect(found.map((m) => m.name)).toEqual(["城镇登记失业率"]);
    expect(calls).toBeLessThan(50);
  });

  it("finds every row of a repeated name, in table order", () => {
    const index = buildNameIndex(Array.from({ length: 300 }, (_, i) => row(i, "城镇新增就业")));
    const found = index.mentionsIn("全市城镇新增就业X万人");
    expect(found.map((m) => m.row.id)).toEqual(Array.from({ length: 300 }, (_, i) => `r${i}`));
    expect(found.every((m) => m.from === 2 && m.to === 8 && m.strength === 2)).toBe(true);
  });
});

describe("aliases in the name index", () => {
  const r = (id: string, region: string, aliases: string[]): Row => ({ id, name: "城镇常住居民人均可支配收入", aliases, value: 1, unit: "元", period: "2024年", region, source: "" });

  it("files every row of a name under an alias any of them carries", () => {
    const index = buildNameIndex([r("a", "涪城区", ["城镇居民人均可支配收入"]), r("b", "通海县", [])]);
    expect(new Set(index.mentionsIn("城镇居民人均可支配收入").map((m) => m.row.id))).toEqual(new Set(["a", "b"]));
  });

  it("keeps an alias naming its row's own place to that row", () => {
    const index = buildNameIndex([r("a", "涪城区", ["涪城区城镇收入"]), r("b", "通海县", [])]);
    expect(index.mentionsIn("涪城区城镇收入").map((m) => m.row.id)).toEqual(["a"]);
  });
});
