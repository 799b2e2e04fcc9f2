import { check } from "../testing";
import { nameGap } from "./nameGap";

describe("name-gap", () => {
  it("flags a space standing for a deleted name before a title", () => {
    const fs = check(nameGap, ["前面创建卫生文明县城领导组组长 同志从统筹全局的高度总结了工作", "就是要按照 书记的讲话精神，狠抓落实"]);
    expect(fs.map((f) => [f.paragraph, f.start, f.end])).toEqual([
      [0, 15, 16],
      [1, 5, 6],
    ]);
  });

  it("leaves titles written after a name, spaced headings and Latin text alone", () => {
    expect(check(nameGap, ["张明同志讲话", "政 府 工 作 报 告", "一、 会议时间", "CEO 主任"])).toEqual([]);
  });
});

describe("name-gap at a line's end", () => {
  it("flags the blank after a signer's title at the end of a short line", () => {
    const fs = check(nameGap, ["溪山县人民政府县长    ", "溪山县人民政府县长 李明"]);
    expect(fs.map((f) => [f.paragraph, f.start])).toEqual([[0, 9]]);
  });

  it("leaves a long sentence ending in spaces after a title alone", () => {
    expect(check(nameGap, ["会议由县委办公室负责通知，各乡镇参会人员为党委书记、乡镇长和分管副乡长、办公室主任  "])).toEqual([]);
    expect(check(nameGap, ["李明同志  ", "联系人：王芳主任  "])).toEqual([]);
  });
});
