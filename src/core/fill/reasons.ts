/**
 * Why a placeholder was filled or left blank, as data: a stable code, its parameters, and — for every reason that
 * names no row — a hint saying what the user can do. `describeReason` renders it in zh-CN or en-US; Proposal.reason
 * keeps the zh-CN text for older readers.
 */

export type ReasonCode =
  | "filled"
  | "filled_name"
  | "offered_approx"
  | "coarse_conversion"
  | "no_mention"
  | "unit_mismatch"
  | "period_mismatch"
  | "stock_flow_mismatch"
  | "region_level_mismatch"
  | "other_region"
  | "level_for_change"
  | "target_for_actual"
  | "qualifier_missing"
  | "note_missing"
  | "qualifier_differs"
  | "implausible_per_capita"
  | "implausible_share"
  | "sign_conflict"
  | "negative_value"
  | "digits_disagree"
  | "not_integer"
  | "too_many_decimals"
  | "too_large"
  | "not_finite"
  | "ambiguous"
  | "ambiguous_period"
  | "list_mismatch"
  | "bound_missing"
  | "none_of_kind"
  | "several_of_kind"
  | "lower_admin_unit"
  | "date_manual"
  | "text_manual";

export type HintCode = "add_alias" | "add_row" | "write_period" | "pick_candidate" | "write_manually";

export type Params = Readonly<Record<string, string>>;

export interface Hint {
  code: HintCode;
  params: Params;
}

export interface Reason {
  code: ReasonCode;
  params: Params;
  hint?: Hint;
}

export type Locale = "zh-CN" | "en-US";

type Templates<C extends string> = Record<C, string>;

const zh: Templates<ReasonCode> = {
  filled: "指标“{row}”{period}{region}{source}{note}",
  filled_name: "{what}：{row}（{value}）",
  offered_approx: "“{approx}”表示比 {value} 更大的约数，但“{row}”在表中是精确值 {value}；请核对后再填（未勾选）",
  coarse_conversion: "表中“{row}”为 {value}{rowUnit}，换算为 {offer}{unit} 只精确到 {step}{unit}，写成这样会多出表中没有的位数；请核对原始数据后再填（未勾选）",
  no_mention: "上下文中没有写出指标表中的指标",
  unit_mismatch: "单位不符：表中“{row}”为“{rowUnit}”，此处为“{unit}”",
  period_mismatch: "期间不符：表中“{row}”为{rowPeriod}，此处为{period}（见{from}）",
  stock_flow_mismatch: "期间类型不符：此处为{period}的{kind}，表中“{row}”为{rowPeriod}的{rowKind}",
  region_level_mismatch: "地区不符：表中“{row}”为{rowRegion}，此处为全{level}",
  other_region: "地区不符：表中“{row}”为{rowRegion}，本文为{docRegion}",
  level_for_change: "此处为“{word}”的幅度，表中“{row}”是总量而非增减量",
  target_for_actual: "此处为完成数，表中“{row}”是目标数",
  qualifier_missing: "表中“{row}”没有此处的限定“{qualifier}”：总数不能填入部分",
  note_missing: "表中“{row}”注明“{qualifier}”，此处没有写明：在句中写明“{qualifier}”后再填",
  qualifier_differs: "限定不符：此处为“{qualifier}”，表中“{row}”为“{rowQualifier}”",
  implausible_per_capita: "数值不合常理：人均指标“{row}”为 {value}{unit}，请核对单位或地区",
  implausible_share: "数值不合常理：比率“{row}”为 {value}%，超过 100%",
  sign_conflict: "方向不符：此处写“{word}”，表中“{row}”为 {value}",
  negative_value: "表中“{row}”为负数（{value}），此处未写“下降”“减少”等，请核对",
  digits_disagree: "占位符“{pattern}”已写出部分数字，与“{row}”的数值 {value} 不符",
  not_integer: "“{unit}”应为整数，表中“{row}”为 {value}",
  too_many_decimals: "占位符“{pattern}”要求 {decimals} 位小数，超出可写范围（最多 {max} 位）",
  too_large: "“{row}”的数值 {value} 过大，无法按公文写法写出",
  not_finite: "“{row}”的数值不是有限数",
  ambiguous: "有 {count} 个指标同样符合：{rows}",
  ambiguous_period: "未写明期间，有 {count} 个指标同样符合：{rows}",
  list_mismatch: "“分别”后有 {count} 处数字，前面列出的项目无法逐一对应",
  bound_missing: "章节绑定的指标“{name}”不在指标表中",
  none_of_kind: "指标表中没有可用的{what}",
  several_of_kind: "无法确定是哪一位/哪一个{what}，请从候选中选择：{rows}",
  lower_admin_unit: "“{text}{unit}”指下级单位，不是本文所在的地区",
  date_manual: "日期需手动填写",
  text_manual: "此类占位符需手动填写",
};

const en: Templates<ReasonCode> = {
  filled: "Indicator “{row}”{period}{region}{source}{note}",
  filled_name: "{what}: “{row}” ({value})",
  offered_approx: "“{approx}” means more than {value}, but the table holds “{row}” as exactly {value}: check before filling (not ticked)",
  coarse_conversion: "The table holds “{row}” as {value} {rowUnit}; converted, {offer} {unit} is only exact to {step} {unit} and would print digits the table does not have: check the source figure before filling (not ticked)",
  no_mention: "No indicator of the table is named near this placeholder",
  unit_mismatch: "Unit mismatch: “{row}” is in “{rowUnit}” in the table, “{unit}” here",
  period_mismatch: "Period mismatch: “{row}” is for {rowPeriod} in the table, {period} here (from the {from})",
  stock_flow_mismatch: "Period kind mismatch: here a {kind} for {period}, in the table “{row}” is a {rowKind} for {rowPeriod}",
  region_level_mismatch: "Region mismatch: “{row}” is for {rowRegion} in the table, the whole {level} here",
  other_region: "Region mismatch: “{row}” is for {rowRegion}, this document is about {docRegion}",
  level_for_change: "The change after “{word}” is meant here; “{row}” in the table is a level, not a change",
  target_for_actual: "The actual figure is meant here; “{row}” in the table is a target",
  qualifier_missing: "“{row}” in the table lacks the qualifier “{qualifier}” written here: a total never fills a part",
  note_missing: "“{row}” in the table is noted “{qualifier}”, which is not written here: write it in the sentence to fill this",
  qualifier_differs: "Qualifier mismatch: “{qualifier}” here, “{rowQualifier}” for “{row}” in the table",
  implausible_per_capita: "Implausible value: the per-capita figure “{row}” is {value} {unit}; check the unit or the region",
  implausible_share: "Implausible value: the rate “{row}” is {value}%, over 100%",
  sign_conflict: "Direction mismatch: “{word}” is written here, “{row}” is {value} in the table",
  negative_value: "“{row}” is negative in the table ({value}) and no word such as “下降” is written here; check it",
  digits_disagree: "The placeholder “{pattern}” already shows digits that disagree with {value} for “{row}”",
  not_integer: "“{unit}” takes whole numbers, “{row}” is {value} in the table",
  too_many_decimals: "The placeholder “{pattern}” asks for {decimals} decimals, more than can be written (at most {max})",
  too_large: "The value {value} of “{row}” is too large to write as a figure",
  not_finite: "The value of “{row}” is not a finite number",
  ambiguous: "{count} indicators fit equally well: {rows}",
  ambiguous_period: "No period is written, and {count} indicators fit equally well: {rows}",
  list_mismatch: "“分别” is followed by {count} figures that the items listed before it do not match one by one",
  bound_missing: "The indicator “{name}” this section is bound to is not in the table",
  none_of_kind: "The table holds no usable {what}",
  several_of_kind: "Cannot tell which {what} is meant; pick one of: {rows}",
  lower_admin_unit: "“{text}{unit}” names a lower unit, not the document's own region",
  date_manual: "Dates are filled in by hand",
  text_manual: "This kind of placeholder is filled in by hand",
};

const hintsZh: Templates<HintCode> = {
  add_alias: "在指标表“{row}”的别名中加入“{term}”",
  add_row: "在指标表中添加指标“{term}”",
  write_period: "在句中写明期间（如“{example}”），或在指标表中只保留所需期间的一行",
  pick_candidate: "从候选中选择一项，或在句中写明所指",
  write_manually: "请手动填写",
};

const hintsEn: Templates<HintCode> = {
  add_alias: "Add “{term}” to the aliases of “{row}” in the table",
  add_row: "Add an indicator “{term}” to the table",
  write_period: "Write the period in the sentence (such as “{example}”), or keep only the row of the period meant",
  pick_candidate: "Pick one of the candidates, or say in the sentence which is meant",
  write_manually: "Fill it in by hand",
};

/** Words inside parameters that differ between the languages (the kind of a period, where a period was read). */
const words: Record<string, { "zh-CN": string; "en-US": string }> = {
  stock: { "zh-CN": "时点数", "en-US": "stock at a point in time" },
  flow: { "zh-CN": "时期数", "en-US": "flow over a period" },
  sentence: { "zh-CN": "本句", "en-US": "sentence" },
  paragraph: { "zh-CN": "本段", "en-US": "paragraph" },
  heading: { "zh-CN": "上方标题", "en-US": "heading above" },
  surname: { "zh-CN": "姓氏", "en-US": "surname" },
  full_name: { "zh-CN": "同志的姓名", "en-US": "full name" },
  place: { "zh-CN": "地名", "en-US": "place name" },
  programme: { "zh-CN": "项目名称", "en-US": "programme name" },
  converted: { "zh-CN": "换算后四舍五入保留两位小数", "en-US": "converted and rounded to two decimals" },
  approx: { "zh-CN": "约数，向下取整", "en-US": "an approximate figure, rounded down" },
  decimals: { "zh-CN": "按占位符保留小数位", "en-US": "decimals as the placeholder shows" },
  magnitude: { "zh-CN": "表中为负数，“下降”后写其绝对值", "en-US": "negative in the table, written as a magnitude after “下降”" },
  written_digits: { "zh-CN": "与已写出的数字相符", "en-US": "agrees with the digits already written" },
};

// Each template split once at its {names} (the names at odd places): reasons are written for every candidate row.
const compiled = new Map<string, string[]>();

const fill = (template: string, params: Params, locale: Locale): string => {
  let parts = compiled.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    compiled.set(template, parts);
  }
  let out = parts[0] ?? "";
  for (let i = 1; i < parts.length; i += 2) {
    const v = params[parts[i] as string] ?? "";
    out += (words[v]?.[locale] ?? v) + (parts[i + 1] ?? "");
  }
  return out;
};

/** The optional parts of a “filled” reason, each with its own separator. */
function filledParams(params: Params, locale: Locale): Params {
  const zhCN = locale === "zh-CN";
  const part = (key: string, zhText: string, enText: string): string => (params[key] ? (zhCN ? zhText : enText) : "");
  const periodFrom = params.periodFrom ? fill(zhCN ? "（见{periodFrom}）" : " (from the {periodFrom})", params, locale) : "";
  const period = params.onlyPeriod
    ? part("period", `，期间按表中唯一的 ${params.period}`, `, the table's only period ${params.period}`)
    : part("period", `，期间 ${params.period}`, `, period ${params.period}`) + (params.period ? periodFrom : "");
  return {
    row: params.row ?? "",
    period,
    region: part("region", `，${params.region}`, `, ${params.region}`),
    source: part("source", `，来源：${params.source}`, `, source: ${params.source}`),
    note: (params.note ?? "")
      .split(",")
      .filter((n) => n)
      .map((n) => (zhCN ? "；" : "; ") + (words[n]?.[locale] ?? n))
      .join(""),
  };
}

/** “X书记” asks for the surname of a 书记: the kind of name, with the title it belongs to. */
function whatParams(params: Params, locale: Locale): Params {
  const what = params.what ?? "";
  const word = words[what]?.[locale] ?? what;
  const title = params.title ?? "";
  const label = title ? (locale === "zh-CN" ? `${title}的${word}` : `${word} of “${title}”`) : word;
  return { ...params, what: label };
}

/** The reason as a sentence in the given language, with its hint after it. */
export function describeReason(reason: Reason, locale: Locale): string {
  const templates = locale === "zh-CN" ? zh : en;
  const params =
    reason.code === "filled"
      ? filledParams(reason.params, locale)
      : reason.code === "filled_name" || reason.code === "none_of_kind" || reason.code === "several_of_kind"
        ? whatParams(reason.params, locale)
        : reason.params;
  const text = fill(templates[reason.code], params, locale);
  if (!reason.hint) return text;
  const hint = fill((locale === "zh-CN" ? hintsZh : hintsEn)[reason.hint.code], reason.hint.params, locale);
  return locale === "zh-CN" ? `${text}。${hint}` : `${text}. ${hint}`;
}

export const reason = (code: ReasonCode, params: Params = {}, hint?: Hint): Reason => (hint ? { code, params, hint } : { code, params });
export const hint = (code: HintCode, params: Params = {}): Hint => ({ code, params });
