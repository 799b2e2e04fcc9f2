import { NEW_H1, NEW_H2, renumber } from "./renumber";

const apply = (texts: string[]) => {
  const out = [...texts];
  for (const e of renumber(texts)) out[e.paragraph] = (out[e.paragraph] as string).replace(e.from, e.to);
  return out.filter((t) => /^[一二三四五六七八九十]+、|^（/.test(t));
};

describe("renumbering after an insertion", () => {
  it("numbers a level-1 section inserted between 二、 and 三、 as 三、 and renumbers the rest", () => {
    expect(apply(["一、甲", "正文", "二、乙", `${NEW_H1}新`, "正文", "三、丙", "四、丁"])).toEqual(["一、甲", "二、乙", "三、新", "四、丙", "五、丁"]);
  });

  it("handles insertion first and last", () => {
    expect(apply([`${NEW_H1}新`, "一、甲", "二、乙"])).toEqual(["一、新", "二、甲", "三、乙"]);
    expect(apply(["一、甲", "二、乙", `${NEW_H1}新`])).toEqual(["一、甲", "二、乙", "三、新"]);
  });

  it("counts past 十: 十一、", () => {
    const texts = Array.from({ length: 10 }, (_, i) => `${["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"][i]}、x`);
    expect(apply([...texts, `${NEW_H1}新`]).pop()).toBe("十一、新");
  });

  it("renumbers level-2 headings only inside the part where one was inserted", () => {
    const texts = ["一、甲", "（一）a", `${NEW_H2}新`, "（二）b", "二、乙", "（一）c", "（三）d"];
    expect(apply(texts)).toEqual(["一、甲", "（一）a", "（二）新", "（三）b", "二、乙", "（一）c", "（三）d"]);
  });

  it("leaves a document without new headings alone", () => {
    expect(renumber(["一、甲", "三、乙"])).toEqual([]);
  });

  it("numbers several new sections inserted at once, with their inner headings", () => {
    expect(apply([`${NEW_H1}甲`, `${NEW_H1}乙`, `${NEW_H2}x`, `${NEW_H2}y`, `${NEW_H1}丙`])).toEqual(["一、甲", "二、乙", "（一）x", "（二）y", "三、丙"]);
  });
});
