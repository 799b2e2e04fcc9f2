import type { BlockSpec, DocumentSpec } from "../simword/build";
import { speech000 } from "./speech000";

const body = { name: "仿宋_GB2312", size: 16 };
const level1 = /^[一二三四五六七八九十]+、/;
const level2 = /^（[一二三四五六七八九十]+）/;

/**
 * The preview's document: seed speech 000 with 公文 formatting applied, its advert lines left in (header and top of
 * the body, as downloaded), and a small indicator table so tables are part of every scan.
 */
export function sampleDocumentSpec(): DocumentSpec {
  const blocks: BlockSpec[] = [];
  for (const text of speech000.body) {
    if (text.includes("讲话") && text.length < 40) {
      blocks.push({ text, format: { alignment: "Centered", styleBuiltIn: "Title", style: "Title", lineSpacing: 28 }, font: { name: "方正小标宋简体", size: 22 } });
    } else if (level1.test(text)) {
      blocks.push({ text, format: { styleBuiltIn: "Heading1", style: "Heading 1", firstLineIndent: 32, lineSpacing: 28 }, font: { name: "黑体", size: 16 } });
    } else if (level2.test(text)) {
      blocks.push({ text, format: { styleBuiltIn: "Heading2", style: "Heading 2", firstLineIndent: 32, lineSpacing: 28 }, font: { name: "楷体_GB2312", size: 16 } });
    } else {
      blocks.push({ text, format: { firstLineIndent: text.endsWith("：") && text.length < 8 ? 0 : 32, lineSpacing: 28 }, font: body });
    }
    if (text.startsWith("一是稳步推进了就业创业工作")) {
      blocks.push({
        table: [
          ["指标", "完成情况"],
          ["城镇新增就业", "X万人"],
          ["城镇登记失业率", "X%"],
          ["职业技能培训", "X万人次"],
        ],
      });
    }
  }
  return { header: [...speech000.header], footer: ["人力资源和社会保障局"], blocks };
}
