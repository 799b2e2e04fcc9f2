import { snapshotFromLines } from "../document/snapshot";
import { rules } from "./rules/index";
import { runAudit } from "./run";
import { findingMessage, ruleTitle } from "./types";

/** A draft with a problem for most rules, so that every message catalog is exercised. */
const messy = [
  "更多范文请关注公众号：公文派",
  "下面，我讲三点意见。",
  "一、就业，，社保",
  "三、力争2020年底前完成（试行",
  "新增就业X万人，XX同志讲话，【此处插入数据】，____",
  "要抓好落实落实工作,这是重点",
  "二、组织领导",
  "标题字号为三号或，常住人口达.18万人，组成人员如下：",
  "三、会议通知会议通知三、会议通知会议通知",
  "现在，我",
  "……（省略854字，正式会员可完整阅读）",
  "在抗旱救灾工作会议上的讲话同志们：",
  "要把~精神落到实处，会期2mdash;3天，推出第1页共18页的新产品",
  "按照 书记的讲话精神，二OO八年一月七日",
  "一方面，中央和省市县要求很严，",
  "首页",
  ">",
  "正文",
];

describe("audit messages in two catalogs", () => {
  it("gives every rule an English title", () => {
    for (const r of rules) {
      expect(r.titleEn.trim()).not.toBe("");
      expect(r.titleEn).not.toMatch(/\p{Script=Han}{3}/u);
      expect(ruleTitle(r, "en-US")).toBe(r.titleEn);
      expect(ruleTitle(r, "zh-CN")).toBe(r.title);
    }
  });

  it("gives every finding an English message that is not the Chinese one", () => {
    const r = runAudit(snapshotFromLines(messy), { docYear: 2026 });
    expect(new Set(r.findings.map((f) => f.rule)).size).toBeGreaterThanOrEqual(7);
    for (const f of r.findings) {
      expect(f.messageEn).not.toBe(f.message);
      // Quoted draft text may be Chinese; the sentence around it is English.
      expect(f.messageEn.replace(/“[^”]*”/g, "")).toMatch(/^[^\p{Script=Han}]*$/u);
      expect(findingMessage(f, "en-US")).toBe(f.messageEn);
    }
  });
});
