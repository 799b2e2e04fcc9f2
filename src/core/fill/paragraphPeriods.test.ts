import { periodBefore } from "../table/period";
import { paragraphPeriodBefore } from "./paragraphPeriods";

const texts = [
  "去年全市城镇新增就业X万，城镇失业率控制在X%之内。今年1-5月全市城镇新增就业X人",
  "截至6月底，全市市场主体X万户，比上年增长X%，较1-5月提高X个百分点；上半年新增X户。2025年末常住人口X万人",
  "由2021年的X亿元调整为2023年X亿元，同比一季度回升，到2024年三季度末完成X亿元，前三季度X亿元",
];

describe("the periods of a paragraph, read once", () => {
  it("gives periodBefore's answer at every offset of the paragraph", () => {
    for (const text of texts) {
      for (const basis of [{ docYear: 2026 }, { docYear: undefined, contextYear: 2024 }]) {
        const paragraphs = [text];
        for (let b = 0; b <= text.length; b += 1) expect(paragraphPeriodBefore(paragraphs, 0, b, basis)).toEqual(periodBefore(text, b, basis));
      }
    }
  });

  it("reads a long paragraph once for all its placeholders, not once per placeholder", () => {
    const sentence = "2020年1-5月全市城镇新增就业X万人。";
    const text = sentence.repeat(2000);
    let reads = 0;
    // Counts the reads of the paragraph's text: one per placeholder would make a long paragraph quadratic.
    const paragraphs = new Proxy([text], {
      get(target, key, receiver) {
        if (key === "0") reads += 1;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    for (let i = 0; i < 2000; i += 1) {
      expect(paragraphPeriodBefore(paragraphs, 0, i * sentence.length, { docYear: 2026 })).toEqual(i === 0 ? undefined : { year: 2020, from: 1, to: 5 });
    }
    // once for its periods, once for its numbered items (一是, 二是)
    expect(reads).toBe(2);
  });
});

describe("numbered items of a paragraph", () => {
  it("do not pass a period to the next item (二是…截至4月中旬…。三是…累计X万场)", () => {
    const text = "二是促进青年就业。截至4月中旬，提供岗位420万个。三是开展春季行动，累计举办招聘活动X万场。";
    const at = text.indexOf("累计");
    expect(paragraphPeriodBefore([text], 0, at, { docYear: 2023 })).toBeUndefined();
    // within one item the period still carries
    const one = "二是促进青年就业。截至4月中旬，提供岗位420万个，累计举办招聘活动X万场。";
    expect(paragraphPeriodBefore([one], 0, one.indexOf("累计"), { docYear: 2023 })).toEqual({ year: 2023, from: 4, to: 4, point: true, tenth: 2 });
  });
});
