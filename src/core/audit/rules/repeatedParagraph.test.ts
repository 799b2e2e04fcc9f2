import { check } from "../testing";
import { repeatedParagraph } from "./repeatedParagraph";

const opening = "同志们：今天召开全县防汛工作会议，主要任务是部署今年的防汛抗旱工作。";
const second = "刚才，县水利局通报了去年以来的汛情，讲得很好，我完全同意。";

describe("repeated-paragraph", () => {
  it("flags the later copy of paragraphs a page printed twice", () => {
    const fs = check(repeatedParagraph, ["关于防汛工作的讲话", opening, second, "下面，我讲两点意见。", opening, second]);
    expect(fs.map((f) => f.paragraph)).toEqual([4, 5]);
    expect(fs[0]?.message).toContain("第 2 段");
  });

  it("flags the short lines of a repeated block with it", () => {
    const fs = check(repeatedParagraph, ["关于防汛工作的讲话", opening, second, "下面，我讲两点意见。", "关于防汛工作的讲话", opening, second, "下面，我讲两点意见。", "一、提高认识"]);
    expect(fs.map((f) => f.paragraph)).toEqual([4, 5, 6, 7]);
  });

  it("keeps short refrains and headings that come back", () => {
    expect(check(repeatedParagraph, ["……………………（完）", "请获奖单位上台领奖。", "……………………（完）", "请获奖单位上台领奖。", "一、提高认识", "一、提高认识"])).toEqual([]);
  });
});

describe("repeated-paragraph across spacing and punctuation widths", () => {
  it("flags a copy that differs only in spaces and half-width punctuation", () => {
    const fs = check(repeatedParagraph, [opening, second, "同志们:今天召开全县防汛工作会议, 主要任务是部署今年的防汛抗旱工作。"]);
    expect(fs.map((f) => f.paragraph)).toEqual([2]);
  });
});
