import { sentenceStartBefore } from "./sentenceStart";

const viaRegex = (text: string): number => text.search(/[^。！？]*$/);

describe("sentenceStartBefore", () => {
  it("is the position after the last 。！？ before the end, or 0", () => {
    expect(sentenceStartBefore("一是增长。二是下降！三")).toBe(10);
    expect(sentenceStartBefore("没有句号")).toBe(0);
    expect(sentenceStartBefore("")).toBe(0);
    expect(sentenceStartBefore("甲。乙。丙", 3)).toBe(2);
  });

  it("agrees with the regex it replaces on every prefix", () => {
    const text = "全县增长X%。其中，一产X%；二产X%！三产？X。";
    for (let end = 0; end <= text.length; end += 1) expect(sentenceStartBefore(text, end)).toBe(viaRegex(text.slice(0, end)));
  });

  it("reads only back to the nearest mark, whatever the length before it", () => {
    const reads = { n: 0 };
    const long = "甲".repeat(100_000) + "。" + "乙".repeat(10);
    const text = new Proxy({}, {
      get: (_t, key) => {
        if (typeof key === "string" && /^\d+$/.test(key)) {
          reads.n += 1;
          return long[Number(key)];
        }
        return key === "length" ? long.length : undefined;
      },
    });
    expect(sentenceStartBefore(text as unknown as string)).toBe(100_001);
    expect(reads.n).toBe(11);
  });
});
