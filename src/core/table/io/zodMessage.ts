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
