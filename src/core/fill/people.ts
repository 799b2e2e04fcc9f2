/** Two-character surnames; any other name takes its first character as the surname. */
const compound = [
  "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐",
  "轩辕", "端木", "独孤", "南宫", "西门", "万俟", "呼延", "申屠", "澹台", "闻人", "东郭", "太史", "钟离", "赫连",
  "百里", "第五", "公冶", "濮阳", "淳于", "单于", "拓跋", "司空", "左丘", "谷梁", "段干", "亓官", "仲孙",
];

export function surnameOf(fullName: string): string {
  const name = fullName.trim();
  return compound.find((c) => name.startsWith(c) && name.length > c.length) ?? name.slice(0, 1);
}

/** The short name of a place: 云川市 → 云川, 溪山县 → 溪山 (a one-character name keeps its suffix: 泸县). */
export function shortPlaceName(full: string): string {
  const m = /^(.+?)(?:市|县|区|省|自治州|自治县|州|镇|乡)$/.exec(full.trim());
  return m && (m[1]?.length ?? 0) >= 2 ? (m[1] as string) : full.trim();
}
