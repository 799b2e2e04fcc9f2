import fc from "fast-check";

/**
 * Draft-like text for the fuzz targets: pieces of real drafts (indicator names, units, titles, place suffixes,
 * punctuation) mixed with every placeholder spelling and the characters that border them (digits, dots, Latin letters,
 * spaces, brackets, underscores, masks), so that random text lands on the scanner's boundary rules often.
 */
const pieces = [
  "X", "XX", "x", "Ｘ", "×", "╳", "X.X", "9", "95", "20", "0", ".", "．", "%", "‰",
  "某", "某某", "○○", "□□", "_", "___", "＿", "*", "**", "@", "-", " ", "  ",
  "万", "万人", "万元", "亿元", "人", "名", "件", "项", "个百分点", "个工作日", "万人次", "年", "月", "日", "余", "多",
  "局长", "同志", "书记", "市", "县", "乡", "镇", "街道", "村", "社区", "射线", "光", "型", "米", "m",
  "城镇新增就业", "失业率", "一般公共预算收入", "增长", "下降", "去年", "今年", "全市", "分别",
  "，", "。", "、", "；", "：", "“", "”", "（", "）", "【", "】", "《", "》", "(", ")",
  "此处", "填写", "插入", "单位名称", "姓名", "标题", "正文",
  "一、", "二、", "（一）", "一是", "二是", "我讲三点意见", "以下两点", "力争", "2019年", "2026年",
  "首页", ">", "范文", "发布时间", "上一篇", "下一篇", "公众号", "目录",
  "a", "XML", "iPhone", "Excel", "3", "4",
];

export const draftLine = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join(""));
export const draftLines = fc.array(draftLine, { minLength: 1, maxLength: 8 });
export const runs = Number(process.env.FUZZ_RUNS ?? 200);
