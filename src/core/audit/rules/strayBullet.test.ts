import { check, texts } from "../testing";
import { strayBullet } from "./strayBullet";

describe("stray-bullet", () => {
  it("flags a line holding only a list bullet", () => {
    expect(texts(check(strayBullet, ["-", " • ", "一、会议时间"]))).toEqual(["-", "•"]);
  });

  it("keeps bullets with text, section breaks, dashes in sentences and masks", () => {
    expect(check(strayBullet, ["- 会议时间：5月6日", "＊＊＊", "——", "*", "2023-2025年"])).toEqual([]);
  });
});
