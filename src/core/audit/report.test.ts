import data from "../../data/divisions.json";
import { type DivisionData, buildDivisionIndex } from "./divisions";
import { auditReportHtml, excerpt } from "./report";
import { runAudit } from "./run";

describe("the audit report's excerpts", () => {
  it("never cut an emoji (a surrogate pair) in half", () => {
    for (let k = 0; k < 4; k += 1) {
      const text = `${"字".repeat(k)}${"😀".repeat(50)}`;
      const cut = excerpt(text, 40);
      expect(cut).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
      expect(Array.from(cut.replace(/…$/, ""))).toHaveLength(40);
    }
  });

  it("keep short text whole, without an ellipsis", () => {
    expect(excerpt("未填写X万", 40)).toBe("未填写X万");
  });
});

describe("the audit report's locations", () => {
  const snapshot = {
    paragraphs: [
      { part: { kind: "body" as const }, index: 0, text: "全年新增就业X万人。", inTable: false },
      { part: { kind: "body" as const }, index: 1, text: "城镇新增就业X万人", inTable: true },
    ],
  };
  const result = runAudit(snapshot, { divisions: buildDivisionIndex(data as DivisionData) });

  it("name a paragraph in a table cell 表格, as the pane does, when given the audited snapshot", () => {
    const html = auditReportHtml(result, { title: "t", date: "d", snapshot });
    expect(html).toContain("<td>正文第 1 段</td>");
    expect(html).toContain("<td>表格第 2 段</td>");
  });
});
