/** Number formats of w:numFmt, as Word writes list numbers (一、二、… 十一, 甲乙丙, ①, i ii…). */

const DIGITS = "零一二三四五六七八九";
const LEGAL = "零壹贰叁肆伍陆柒捌玖";

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五, 1010 → 一千零一十 (chineseCounting, up to 9999). */
export function chineseCounting(n: number, digits = DIGITS, units = ["", "十", "百", "千"]): string {
  if (n <= 0 || n > 9999) return String(n);
  const ds = String(n).split("").map(Number);
  let out = "";
  let zero = false;
  ds.forEach((d, i) => {
    const unit = units[ds.length - 1 - i] ?? "";
    if (d === 0) {
      zero = out !== "";
      return;
    }
    if (zero) out += digits[0];
    zero = false;
    out += (d === 1 && unit === units[1] && out === "" && digits === DIGITS ? "" : digits[d]) + unit;
  });
  return out;
}

function letters(n: number, base: string): string {
  // Word repeats the letter: 27 → aa, 28 → bb
  const letter = base[(n - 1) % 26] ?? "";
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [[1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"], [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
  let out = "";
  let rest = n;
  for (const [v, s] of table) while (rest >= v) {
    out += s;
    rest -= v;
  }
  return out;
}

const cycle = (chars: string, n: number): string => [...chars][(n - 1) % [...chars].length] ?? String(n);

/** The number `n` in w:numFmt `fmt`; unknown formats fall back to decimal, as Word does for formats it lacks. */
export function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case "none":
      return "";
    case "decimalZero":
      return n < 10 ? `0${n}` : String(n);
    case "upperLetter":
      return letters(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    case "lowerLetter":
      return letters(n, "abcdefghijklmnopqrstuvwxyz");
    case "upperRoman":
      return roman(n);
    case "lowerRoman":
      return roman(n).toLowerCase();
    case "chineseCounting":
    case "chineseCountingThousand":
    case "japaneseCounting":
    case "taiwaneseCounting":
    case "taiwaneseCountingThousand":
      return chineseCounting(n);
    case "chineseLegalSimplified":
      return chineseCounting(n, LEGAL, ["", "拾", "佰", "仟"]);
    case "ideographTraditional":
      return cycle("甲乙丙丁戊己庚辛壬癸", n);
    case "ideographZodiac":
      return cycle("子丑寅卯辰巳午未申酉戌亥", n);
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : String(n);
    case "decimalEnclosedParen":
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2474 + n - 1) : `(${n})`;
    case "decimalEnclosedFullstop":
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2488 + n - 1) : `${n}.`;
    case "decimalFullWidth":
    case "decimalFullWidth2":
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    default:
      return String(n);
  }
}
