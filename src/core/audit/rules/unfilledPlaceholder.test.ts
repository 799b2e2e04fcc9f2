import { check } from "../testing";
import { unfilledPlaceholder } from "./unfilledPlaceholder";

describe("unfilled-placeholder", () => {
  it("reports each placeholder as an error with its span", () => {
    const fs = check(unfilledPlaceholder, ["新增就业X万，XX同志讲话"]);
    expect(fs.map((f) => [f.severity, f.start, f.end, f.text])).toEqual([["error", 4, 5, "X"], ["error", 7, 9, "XX"]]);
    expect(fs[1]?.message).toContain("XX同志");
  });

  it("stays quiet on filled text and instructions (another rule's job)", () => {
    expect(check(unfilledPlaceholder, ["新增就业2.35万", "【此处插入数据】"])).toEqual([]);
  });
});
