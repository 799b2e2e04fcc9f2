import { readFileSync } from "node:fs";
import { join } from "node:path";
import { splitLines } from "../../document/snapshot";
import { check } from "../testing";
import { advert } from "./advert";

const seed = splitLines(readFileSync(join(__dirname, "../../../../tests/fixtures/seeds/000_44a230b6f9ec27ec.txt"), "utf8"));

describe("advert", () => {
  it("flags the advert header of seed 000, and the site's name beside it as a warning", () => {
    const fs = check(advert, seed);
    expect(fs.filter((f) => f.severity === "error").map((f) => f.paragraph)).toEqual([0, 2, 4, 6, 7, 8]);
    expect(fs.filter((f) => f.severity === "warning").map((f) => f.text)).toEqual(["酷乐文行", "根据实际需求和形式任务不断迭代"]);
  });

  it("recognises new wordings by their cues", () => {
    expect(check(advert, ["更多精品范文请关注微信公众号：公文派"])).toHaveLength(1);
    expect(check(advert, ["本文档由某某文库会员上传，付费下载"])).toHaveLength(1);
    expect(check(advert, ["扫码加入资料群，免费领取"])).toHaveLength(1);
  });

  it("leaves ordinary uses of the same words alone", () => {
    expect(check(advert, ["发展新会员120名，工会会员覆盖率提高", "群众可下载APP办理社保业务", "同志们："])).toEqual([]);
  });

  it("looks for the title only above the text: headings of a document that begins with a sentence are not beside the adverts under it", () => {
    const lines = ["为做好春节期间安全工作，特制定本方案。", "一、工作目标", "二、工作措施", "扫码关注公众号，获取更多范文", "本文标题：春节安全工作方案"];
    expect(check(advert, lines).filter((f) => f.severity === "warning")).toEqual([]);
  });

  it("finds adverts in headers and footers too", async () => {
    const { scanSnapshot } = await import("../../placeholders/scan");
    const snapshot = { paragraphs: [{ part: { kind: "footer" as const, section: 0, type: "Primary" as const }, index: 0, text: "更多范文请关注公众号", inTable: false }] };
    const fs = advert.check({ snapshot, placeholders: scanSnapshot(snapshot).placeholders, docYear: 2026, region: undefined, divisions: undefined });
    expect(fs[0]?.part.kind).toBe("footer");
  });
});
