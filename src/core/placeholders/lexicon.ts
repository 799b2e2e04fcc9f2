/** Word lists the placeholder grammar relies on. Longer entries come first where one is a prefix of another. */

const byLength = (words: string[]): string[] => [...words].sort((a, b) => b.length - a.length);

/** Characters that mark a placeholder digit or name: X x Ｘ ｘ × ╳, and ⅹ when doubled (not the Roman numeral Ⅹ). */
export const MARKERS = "XxＸｘ×╳ⅹ";

export const UNITS = byLength([
  "个百分点", "百分点", "万人次", "万平方米", "平方公里", "平方米", "万亿元", "亿元", "万元", "千元", "元",
  "个工作日", "工作日", "个小时", "小时", "万千瓦时", "千瓦时", "万标准箱", "万吨公里", "万平方公里",
  "万人", "万户", "万亩", "万吨", "万辆", "万册", "万千瓦", "万名", "万家", "万件", "万个", "万套",
  "人次", "个月", "个点", "个", "人", "名", "户", "家", "件", "项", "期", "次", "场", "批", "所", "座", "条",
  "位", "支", "台", "辆", "册", "篇", "本", "天", "年", "月", "日", "号", "届", "岁", "倍", "点", "类", "种",
  "亩", "吨", "公里", "千米", "米", "处", "份", "万", "亿", "千", "百", "%", "％", "‰", "成", "家次",
  // Units of statistics tables written after a figure (X公顷, X万头, X亿美元, X微克/立方米, X万吨标准煤).
  "万公顷", "公顷", "万头", "头", "万只", "只", "亿美元", "万美元", "美元", "微克/立方米", "万立方米", "立方米",
  "万吨标准煤", "吨标准煤", "万标准箱", "标准箱", "千瓦", "公斤", "千克",
]);

export const TITLES = byLength([
  "副局长", "局长", "副书记", "书记", "副市长", "市长", "副县长", "县长", "副区长", "区长", "副主任", "主任",
  "副主席", "主席", "副部长", "部长", "副厅长", "厅长", "副处长", "处长", "副科长", "科长", "副省长", "省长",
  "副秘书长", "秘书长", "副总理", "总理", "同志", "镇长", "乡长", "村长", "院长", "校长", "所长", "队长",
  "组长", "董事长", "总经理", "经理", "常委", "委员", "老师", "先生", "女士", "副镇长", "副乡长", "副院长",
]);

export const PLACE_SUFFIXES = byLength(["自治区", "自治州", "自治县", "街道", "社区", "市", "县", "区", "省", "州", "镇", "乡", "村", "盟", "旗"]);

/**
 * Units below the county (乡 镇 街道 村 社区): a 某某 or X written before one names a township, street or village,
 * never the document's own region; the placeholder's `title` carries the unit so the matcher can tell.
 */
export const LOWER_UNITS: readonly string[] = ["乡", "镇", "街道", "村", "社区"];

/** A name ending in one of these, written right after the marker, names a programme or plan (“X英才工程”). */
export const PROGRAMME_SUFFIXES = byLength([
  "工程", "计划", "行动", "战略", "品牌", "模式", "方案", "项目", "专项", "活动", "示范区", "基地", "工作法", "体系", "机制", "标准", "规划",
]);

/** After a bare marker these words show it stands for the place's name (“在X崛起危难之际”, “重塑X形象”). */
export const PLACE_CUES = byLength([
  "形象", "崛起", "自古", "城市", "大地", "人民", "一度", "人力资源", "人社", "经济", "各级", "全境", "境内", "发展", "振兴", "儿女",
]);

/**
 * A single marker followed by these is a technical term or a fixed name, not a placeholder: X射线, X光, X轴, X型, and
 * the names X战警, X因子, X教授 (the X-Men's Professor X; a drafter's blank for a professor's name is XX教授 or ×××教授),
 * X档案 (The X-Files), X世代 and X一代 (Generation X).
 */
export const TECH_TERMS = byLength(["射线", "光片", "光机", "光", "轴", "坐标", "型", "线", "染色体", "战警", "因子", "教授", "档案", "世代", "一代"]);

/** Words that make a bracketed note an instruction to the drafter rather than text. */
export const INSTRUCTION_WORDS = [
  "此处", "插入", "填写", "填入", "填报", "待定", "待补", "补充", "替换", "修改", "按实际", "根据实际", "自行",
  "酌情", "示例", "单位名称", "姓名", "请", "在此", "具体", "数据", "待核", "删除",
];

/** Each word list grouped by first character (longest first within a group), built once per list. */
const byFirst = new Map<readonly string[], Map<string, readonly string[]>>();
const none: readonly string[] = [];

function groups(words: readonly string[]): Map<string, readonly string[]> {
  let g = byFirst.get(words);
  if (!g) {
    const built = new Map<string, string[]>();
    for (const w of words) {
      const k = w[0] ?? "";
      built.set(k, [...(built.get(k) ?? []), w]);
    }
    g = built;
    byFirst.set(words, g);
  }
  return g;
}

/** The longest word of `words` written at `from`, or "": only words starting with the character there are tried. */
/**
 * Words that make a bracketed field a template label to replace ([单位名称], 【发文日期】, （姓名）): the names of the
 * fields that forms and 公文 templates leave to the drafter.
 */
export const FIELD_LABELS = [
  "姓名", "名称", "全称", "日期", "时间", "职务", "原因", "标题", "正文", "落款", "结束语", "编号", "地址", "电话", "号码",
  "公章", "盖章", "签名", "签字", "主送", "发文机关", "单位", "性别", "年月", "身份证", "事由", "男/女",
];

/** Words inside （…） that make it an instruction about layout or content rather than text (（居中）, （标在右下）). */
export const PAREN_CUES = ["填写", "填入", "写明", "编写", "可不写", "可列出", "列出", "居中", "顶格", "对齐", "右下", "右上", "简要说明", "如“", "此处", "在此"];

export function longestPrefix(text: string, from: number, words: readonly string[]): string {
  const c = text[from];
  if (c === undefined) return "";
  const candidates = groups(words).get(c) ?? none;
  for (let i = 0; i < candidates.length; i += 1) {
    const w = candidates[i] as string;
    if (w.length === 1 || text.startsWith(w, from)) return w;
  }
  return "";
}