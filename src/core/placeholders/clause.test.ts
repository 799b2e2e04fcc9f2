import { clauseAround, paragraphBreaks, sentenceAround, sentenceIn } from "./clause";

describe("the clause and sentence around a placeholder", () => {
  it("runs between breaks: a sentence to 。！？ or ；, a clause also to ，、：", () => {
    const text = "去年增长X%。今年城镇新增就业X万人，增长X%；其余持平。";
    const at = text.indexOf("X万");
    expect(sentenceAround(text, at, at + 1).text).toBe("今年城镇新增就业X万人，增长X%");
    expect(clauseAround(text, at, at + 1).text).toBe("今年城镇新增就业X万人");
  });

  it("reads a stretch longer than any real sentence in a window of at most 600 characters around the placeholder", () => {
    const text = `新增${"X个充电桩、".repeat(2000)}`;
    const at = text.length - 3000;
    const s = sentenceAround(text, at, at + 1);
    expect(s.end - s.start).toBeLessThanOrEqual(800);
    expect(s.start).toBeLessThanOrEqual(at - 400);
    expect(s.end).toBeGreaterThanOrEqual(at + 200);
    expect(s.text).toBe(text.slice(s.start, s.end));
  });

  it("gives neighbours in one window the same object, so a long list holds a few windows, not one per item", () => {
    const b = paragraphBreaks("某".repeat(10000));
    const one = sentenceIn(b, 1000, 1001);
    expect(sentenceIn(b, 1002, 1003)).toBe(one);
  });
});
