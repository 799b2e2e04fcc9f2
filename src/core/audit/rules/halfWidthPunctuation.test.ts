import { check, texts } from "../testing";
import { halfWidthPunctuation } from "./halfWidthPunctuation";

describe("half-width-punctuation", () => {
  it("reports , ; : between Chinese characters", () => {
    const fs = check(halfWidthPunctuation, ["就业,社保;改革:人才"]);
    expect(texts(fs)).toEqual([",", ";", ":"]);
    expect(fs[0]?.message).toContain("，");
  });

  it("leaves numbers and Latin text alone", () => {
    expect(check(halfWidthPunctuation, ["增长3.5%，版本1,2", "Word, Excel"])).toEqual([]);
  });
});
