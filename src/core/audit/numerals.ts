const digits: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十一 → 11, 二十 → 20, 九十九 → 99; undefined for anything else. */
export function chineseNumber(s: string): number | undefined {
  if (s.length === 0) return undefined;
  if (/^\d+$/.test(s)) return Number(s);
  const ten = s.indexOf("十");
  if (ten < 0) return s.length === 1 ? digits[s] : undefined;
  const tensPart = s.slice(0, ten);
  const onesPart = s.slice(ten + 1);
  const tens = tensPart === "" ? 1 : digits[tensPart];
  const ones = onesPart === "" ? 0 : digits[onesPart];
  if (tens === undefined || ones === undefined || onesPart.length > 1 || tensPart.length > 1) return undefined;
  return tens * 10 + ones;
}

const names = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

export function chineseNumeral(n: number): string {
  if (n < 10) return names[n] ?? String(n);
  if (n < 20) return `十${names[n - 10] ?? ""}`;
  if (n < 100) return `${names[Math.floor(n / 10)] ?? ""}十${names[n % 10] ?? ""}`;
  return String(n);
}
