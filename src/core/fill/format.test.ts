import fc from "fast-check";
import type { Placeholder } from "../placeholders/types";
import { MAX_DECIMALS, formatFigure } from "./format";

const ph = (text: string, unit = "", approx: Placeholder["approx"] = ""): Placeholder => ({ text, unit, approx }) as Placeholder;

describe("writing a figure", () => {
  it("lets plain X, XX and Ｘ take any value the unit allows; only X.X pins the decimals", () => {
    expect(formatFigure(4.6, 1, ph("X", "万人"), false)).toMatchObject({ ok: true, text: "4.6" });
    expect(formatFigure(120.5, 1, ph("XX", "万人次"), false)).toMatchObject({ ok: true, text: "120.5" });
    expect(formatFigure(2.35, 1, ph("Ｘ", "万"), false)).toMatchObject({ ok: true, text: "2.35" });
    expect(formatFigure(7, 1, ph("X.X", "%"), false)).toMatchObject({ ok: true, text: "7.0" });
    expect(formatFigure(12.5, 1, ph("X", "人"), false)).toMatchObject({ ok: false, code: "not_integer" });
  });

  it("offers 97.5 for 9X (the written digit agrees with the whole part) and refuses 87.5", () => {
    expect(formatFigure(97.5, 1, ph("9X", "%"), false)).toMatchObject({ ok: true, text: "97.5" });
    expect(formatFigure(87.5, 1, ph("9X", "%"), false)).toMatchObject({ ok: false, code: "digits_disagree" });
  });

  it("offers an exact value for X余 instead of writing it", () => {
    const f = formatFigure(1200, 1, ph("X", "名", "余"), false);
    expect(f).toMatchObject({ ok: false, code: "offered_approx", offer: "1200" });
    // 1286 may be printed 1200余 or 1280余: the drafter chooses; the rounded-down figure is offered, unticked.
    expect(formatFigure(1286, 1, ph("X", "名", "余"), false)).toMatchObject({ ok: false, code: "offered_approx", offer: "1200" });
    // 956万余元: three significant digits may be the printed figure itself; 950 is a number nobody printed.
    expect(formatFigure(956, 1, ph("X", "万元", "余"), false)).toMatchObject({ ok: false, code: "offered_approx", offer: "956" });
  });

  it("offers, never writes, a value converted to a finer unit than the table's figure holds (2.85亿元 as X万元)", () => {
    expect(formatFigure(2.85, 10000, ph("XXXXX", "万元"), false, "第一产业增加值", "亿元")).toMatchObject({ ok: false, code: "coarse_conversion", offer: "28500" });
    expect(formatFigure(5.8, 10000, ph("X", "人"), false)).toMatchObject({ ok: false, code: "coarse_conversion" });
    // exact enough: 2.8512亿元 is 28512万元, and 23456人 is 2.35万人 (rounding to a coarser unit is how drafts write it)
    expect(formatFigure(2.8512, 10000, ph("X", "万元"), false)).toMatchObject({ ok: true, text: "28512" });
    expect(formatFigure(23456, 0.0001, ph("X", "万人"), false)).toMatchObject({ ok: true, text: "2.35" });
  });

  it("refuses more decimals than can be written instead of reaching toFixed", () => {
    const f = formatFigure(1.5, 1, ph(`X.${"X".repeat(101)}`, "%"), false);
    expect(f).toMatchObject({ ok: false, code: "too_many_decimals" });
    expect(formatFigure(1.5, 1, ph(`X.${"X".repeat(MAX_DECIMALS)}`, "%"), false)).toMatchObject({ ok: true });
  });

  it("never writes exponent notation, and refuses values that are not finite", () => {
    const big = formatFigure(1e21, 1, ph("X", "元"), false);
    expect(big).toMatchObject({ ok: false, code: "too_large" });
    expect(formatFigure(1e20, 1, ph("X", "元"), false)).toMatchObject({ ok: true, text: "100000000000000000000" });
    expect(formatFigure(1e-7, 1, ph("X", "元"), false)).toMatchObject({ ok: true, text: "0" });
    expect(formatFigure(Number.POSITIVE_INFINITY, 1, ph("X", "元"), false)).toMatchObject({ ok: false, code: "not_finite" });
    expect(formatFigure(Number.NaN, 1, ph("X", "元"), false)).toMatchObject({ ok: false, code: "not_finite" });
  });

  it("says why in zh-CN for older readers", () => {
    const f = formatFigure(12.5, 1, ph("X", "人"), false, "新增就业");
    expect(f.ok ? "" : f.problem).toContain("应为整数");
  });
});

describe("writing any figure (property)", () => {
  const runs = Number(process.env.FUZZ_RUNS ?? 200);

  it("never throws and never writes anything but plain digits", () => {
    const pattern = fc.tuple(fc.integer({ min: 1, max: 3 }), fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined })).map(([whole, decimals]) => "X".repeat(whole) + (decimals === undefined ? "" : `.${"X".repeat(decimals)}`));
    fc.assert(
      fc.property(fc.double(), fc.constantFrom(1, 1e-4, 1e4, 1e-8), pattern, fc.constantFrom("", "万", "人", "%", "亿元"), fc.constantFrom("", "多", "余"), (value, factor, text, unit, approx) => {
        const f = formatFigure(value, factor, ph(text, unit, approx as Placeholder["approx"]), false);
        if (f.ok) expect(f.text).toMatch(/^\d+(?:\.\d+)?$/);
        else expect(f.problem.length).toBeGreaterThan(0);
      }),
      { numRuns: runs },
    );
  });
});
