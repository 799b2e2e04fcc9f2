/** Every string the pane shows. zh-CN is the product language; en-US must carry the same keys (checked by a test). */
export const zhCN = {
  appTitle: "公文起草助手",
  appSubtitle: "DraftKit",
  tabSections: "章节",
  tabFill: "填充",
  tabAudit: "审核",
  language: "语言",
  hostLabel: "宿主",
  sectionsIntro: "一键插入讲话稿的标准章节：开场、成绩回顾、形势分析、重点任务、作风建设、党风廉政、结束语。",
  sectionsEmpty: "章节库尚未加载。",
  fillIntro: "扫描文档中的占位符（如“X万”“X%”“X局长”），再用指标表填充。",
  fillScan: "扫描全文",
  fillEmpty: "尚未扫描。点击“扫描全文”。",
  auditIntro: "打印前检查：未填占位符、广告残留、序号断档、引号不配对、误用外地地名等。",
  auditRun: "开始检查",
  auditEmpty: "尚未检查。",
  errorTitle: "出错了",
  errorRetry: "重试",
  errorDetails: "详细信息",
  readingDocument: "正在读取文档…",
  paragraphsRead: "已读取 {n} 个段落",
  scanSummary: "共 {n} 处占位符，{p} 个段落",
  scanNone: "未发现占位符。",
  locBody: "正文第 {n} 段",
  locTable: "表格第 {n} 段",
  locHeader: "页眉",
  locFooter: "页脚",
  selectFailed: "无法选中",
  notInWordTitle: "未在 Word 中运行",
  notInWordBody: "此页面需在 Microsoft Word 的任务窗格中打开。若只想试用，请运行 npm start 打开预览页面。",
};

export type StringKey = keyof typeof zhCN;
export type Strings = Record<StringKey, string>;

export const enUS: Strings = {
  appTitle: "DraftKit",
  appSubtitle: "Official document drafting assistant",
  tabSections: "Sections",
  tabFill: "Fill",
  tabAudit: "Audit",
  language: "Language",
  hostLabel: "Host",
  sectionsIntro: "Insert standard speech sections in one click: opening, review, situation, key tasks, conduct, integrity, closing.",
  sectionsEmpty: "The section library is not loaded yet.",
  fillIntro: "Scan the document for placeholders (such as “X万”, “X%”, “X局长”), then fill them from the indicator table.",
  fillScan: "Scan document",
  fillEmpty: "Not scanned yet. Click “Scan document”.",
  auditIntro: "Pre-print check: unfilled placeholders, leftover adverts, numbering gaps, unbalanced quotes, foreign place names.",
  auditRun: "Run check",
  auditEmpty: "Not checked yet.",
  errorTitle: "Something went wrong",
  errorRetry: "Retry",
  errorDetails: "Details",
  readingDocument: "Reading the document…",
  paragraphsRead: "{n} paragraphs read",
  scanSummary: "{n} placeholders in {p} paragraphs",
  scanNone: "No placeholders found.",
  locBody: "Body, paragraph {n}",
  locTable: "Table, paragraph {n}",
  locHeader: "Header",
  locFooter: "Footer",
  selectFailed: "Could not select",
  notInWordTitle: "Not running inside Word",
  notInWordBody: "Open this page from Microsoft Word's task pane. To try DraftKit without Word, run npm start to open the preview.",
};

export type Locale = "zh-CN" | "en-US";
export const catalogs: Record<Locale, Strings> = { "zh-CN": zhCN, "en-US": enUS };

/** Office display languages map to zh-CN for any Chinese variant and en-US for everything else. */
export function localeFor(displayLanguage: string | undefined): Locale {
  return displayLanguage && displayLanguage.toLowerCase().startsWith("zh") ? "zh-CN" : displayLanguage ? "en-US" : "zh-CN";
}

export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
