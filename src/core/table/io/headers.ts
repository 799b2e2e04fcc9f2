/** Column headers a drafter would type, Chinese first; English accepted. Other columns are ignored. */
export const headerNames = {
  id: ["编号", "ID", "id"],
  name: ["指标", "指标名称", "名称", "项目", "name", "indicator"],
  aliases: ["别名", "又名", "aliases", "alias"],
  value: ["数值", "值", "数据", "value"],
  unit: ["单位", "unit"],
  period: ["期间", "时期", "时间", "period"],
  region: ["地区", "区域", "范围", "region"],
  source: ["来源", "数据来源", "source"],
  kind: ["类型", "kind", "type"],
} as const;

export type Field = keyof typeof headerNames;

export const exportHeaders: Record<Field, string> = {
  id: "编号",
  name: "指标",
  aliases: "别名",
  value: "数值",
  unit: "单位",
  period: "期间",
  region: "地区",
  source: "来源",
  kind: "类型",
};

export const kindNames: Record<string, "number" | "person" | "place" | "name"> = {
  数值: "number",
  数字: "number",
  number: "number",
  人员: "person",
  人名: "person",
  person: "person",
  地名: "place",
  地区: "place",
  place: "place",
  名称: "name",
  文字: "name",
  name: "name",
};

/** The kind a 类型 cell names; own properties only, so “constructor” or “__proto__” is no kind at all. */
export function kindOf(text: string): "number" | "person" | "place" | "name" | undefined {
  const key = Object.hasOwn(kindNames, text) ? text : text.toLowerCase();
  return Object.hasOwn(kindNames, key) ? kindNames[key] : undefined;
}

const normalise = (h: string): string => h.replace(/^\uFEFF/, "").trim().toLowerCase();

export function fieldOf(header: string): Field | undefined {
  const h = normalise(header);
  return (Object.keys(headerNames) as Field[]).find((f) => headerNames[f].some((n) => n.toLowerCase() === h));
}
