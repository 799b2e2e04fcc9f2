import type { ZodIssue } from "zod";

const typeName: Record<string, string> = { string: "文字", number: "数字", boolean: "true/false", array: "列表 […]", object: "对象 {…}", null: "null", undefined: "空" };
const named = (t: string): string => (Object.hasOwn(typeName, t) ? (typeName[t] as string) : t);

/** A zod issue in zh-CN: the schemas' own messages are Chinese; zod's defaults (English) are translated here. */
export function zodMessage(issue: ZodIssue): string {
  switch (issue.code) {
    case "invalid_union": {
      // The most specific reason among the alternatives: a wrong-type mismatch says least.
      const inner = issue.unionErrors.flatMap((e) => e.issues);
      const specific = inner.find((i) => i.code !== "invalid_type") ?? inner[0];
      return specific ? zodMessage(specific) : "格式不对";
    }
    case "invalid_type":
      return issue.received === "undefined" ? "缺少此项" : `应为${named(issue.expected)}，实际是${named(issue.received)}`;
    case "unrecognized_keys":
      return `有不认识的字段 ${issue.keys.map((k) => `“${k}”`).join("、")}`;
    case "invalid_literal":
      return `应为 ${JSON.stringify(issue.expected)}`;
    case "invalid_enum_value":
      return `应为 ${issue.options.map((o) => String(o)).join("、")} 之一`;
    default:
      return /[\u4e00-\u9fff]/.test(issue.message) ? issue.message : `格式不对（${issue.code}）`;
  }
}

/** The schemas' own zh-CN messages in en-US (table rows and section library). */
const schemaEn: Record<string, string> = {
  "指标名称不能为空": "the indicator name must not be empty",
  "数值应为数字或文字": "the value must be a number or text",
  "数值不是有限数": "the value is not a finite number",
  "数值过大，无法准确写出：应小于 10^15": "the value is too large to write exactly: it must be below 10^15",
  "数值不能为空": "the value must not be empty",
  "表格超过 100000 行": "the table has more than 100000 rows",
  "段落不能为空": "a paragraph must not be empty",
  "段落过长（超过 5000 字）": "a paragraph is too long (over 5000 characters)",
  "编号只能用小写字母、数字和连字符": "an id may only hold lower-case letters, digits and hyphens",
  "章节名称不能为空": "the section name must not be empty",
  "章节名称最多 60 字": "a section name has at most 60 characters",
  "分类不能为空": "the category must not be empty",
  "分类最多 20 字": "a category has at most 20 characters",
  "关键词最多 20 字": "a keyword has at most 20 characters",
  "关键词最多 20 个": "at most 20 keywords",
  "拼音首字母最多 400 个字符": "the pinyin initials have at most 400 characters",
  "来源最多 60 字": "the source has at most 60 characters",
  "章节至少要有一段": "a section needs at least one paragraph",
  "章节最多 200 段": "a section has at most 200 paragraphs",
};

const typeNameEn: Record<string, string> = { string: "text", number: "a number", boolean: "true/false", array: "a list […]", object: "an object {…}", null: "null", undefined: "nothing" };
const namedEn = (t: string): string => (Object.hasOwn(typeNameEn, t) ? (typeNameEn[t] as string) : t);

/** The same zod issue in en-US: the schemas' Chinese messages by the table above, zod's defaults as they are. */
export function zodMessageEn(issue: ZodIssue): string {
  switch (issue.code) {
    case "invalid_union": {
      const inner = issue.unionErrors.flatMap((e) => e.issues);
      const specific = inner.find((i) => i.code !== "invalid_type") ?? inner[0];
      return specific ? zodMessageEn(specific) : "wrong format";
    }
    case "invalid_type":
      return issue.received === "undefined" ? "missing" : `should be ${namedEn(issue.expected)}, is ${namedEn(issue.received)}`;
    case "unrecognized_keys":
      return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
    case "invalid_literal":
      return `should be ${JSON.stringify(issue.expected)}`;
    case "invalid_enum_value":
      return `should be one of ${issue.options.map((o) => String(o)).join(", ")}`;
    default:
      if (Object.hasOwn(schemaEn, issue.message)) return schemaEn[issue.message] as string;
      return /[\u4e00-\u9fff]/.test(issue.message) ? `wrong format (${issue.code})` : issue.message;
  }
}

/** The schema messages that have an English text (zodMessage.test.ts checks every schema message is among them). */
export const schemaMessagesEn: readonly string[] = Object.keys(schemaEn);
