import { readFileSync } from "node:fs";
import { join } from "node:path";
import { snapshotFromLines, splitLines } from "../document/snapshot";
import { scanSnapshot } from "./scan";

/**
 * Every placeholder in the two seed speeches, checked by hand against the text: [seed, line, start, end, text,
 * kind, unit or title]. Lines are 0-based lines of the .txt files in tests/fixtures/seeds (copies of ../shared/seeds).
 */
const expected: Record<string, [number, number, number, string, string, string][]> = {
  "000_44a230b6f9ec27ec.txt": [
    [17, 149, 150, "X", "person", "局长"], // 刚才，X局长对人社工作进行了全面汇报
    [20, 124, 125, "X", "quantity", "万"], // 去年全市城镇新增就业X万
    [20, 135, 136, "X", "percent", "%"], // 城镇失业率控制在X%之内
    [20, 154, 155, "X", "quantity", "人"], // 今年1-5月全市城镇新增就业X人
    [21, 26, 27, "X", "place", "市"], // 统一的X市城乡居民社会养老保险实施办法
    [22, 88, 89, "X", "programme", ""], // 积极推进“X英才工程”
    [22, 97, 98, "X", "quantity", "名"], // 引进X名高端人才
    [22, 114, 115, "X", "quantity", "万人次"], // 职业技能培训X万人次
    [22, 144, 145, "X", "quantity", "人"], // 接收安置军队转业干部X人
    [22, 155, 158, "95X", "quantity", "项"], // 清理行政权力事项95X项
    [23, 72, 73, "X", "quantity", "名"], // 为X余名劳动者
    [23, 82, 83, "X", "quantity", "万元"], // 追讨工资X多万元
    [23, 101, 102, "X", "quantity", "件"], // 未缴纳社会保险费X件
    [23, 109, 110, "X", "quantity", "件"], // 未签订合同X件
    [23, 120, 121, "X", "quantity", "件"], // 违反最低工资规定X件
    [34, 18, 19, "X", "place", ""], // 在X崛起危难之际
    [36, 19, 20, "X", "person", "书记"], // X书记说
    [37, 19, 20, "X", "person", "市长"], // X市长说
    [38, 205, 206, "X", "place", ""], // 包容是X城市精神之一
    [38, 213, 214, "X", "place", ""], // X自古以来
    [40, 33, 34, "X", "place", ""], // 重塑X形象
    [40, 59, 60, "X", "place", ""], // 扭转了X一度遭到破坏的政治生态
    [45, 69, 70, "X", "place", ""], // 把X人力资源社会保障工作推上新台阶
  ],
  "004_88f04c4c9db11306.txt": [
    [2, 119, 121, "XX", "person", "同志"], // 刚才，XX同志全面总结了2019年工作
    [12, 198, 200, "XX", "person", "同志"], // 前面XX同志作了较为详尽的安排
  ],
};

describe("placeholders of the seed speeches", () => {
  for (const [file, rows] of Object.entries(expected)) {
    it(`finds exactly the ${rows.length} placeholders of ${file}`, () => {
      const lines = splitLines(readFileSync(join(__dirname, "../../../tests/fixtures/seeds", file), "utf8"));
      const { placeholders, problems } = scanSnapshot(snapshotFromLines(lines));
      const found = placeholders.map((p) => [p.paragraph, p.start, p.end, p.text, p.kind, p.unit || p.title]);
      expect(found).toEqual(rows);
      for (const p of placeholders) expect(lines[p.paragraph]?.slice(p.start, p.end)).toBe(p.text);
      expect(problems).toEqual([]);
    });
  }
});
