import type { PlaceholderKind } from "./types";

const zh: Record<PlaceholderKind, string> = {
  quantity: "数量",
  percent: "百分比",
  points: "百分点",
  person: "人名",
  place: "地名",
  date: "日期",
  programme: "项目名称",
  text: "文字",
};

const en: Record<PlaceholderKind, string> = {
  quantity: "Quantity",
  percent: "Percent",
  points: "Percentage points",
  person: "Person",
  place: "Place",
  date: "Date",
  programme: "Programme",
  text: "Text",
};

export const kindOrder: readonly PlaceholderKind[] = ["quantity", "percent", "points", "date", "person", "place", "programme", "text"];

export const kindLabel = (kind: PlaceholderKind, locale: "zh-CN" | "en-US" = "zh-CN"): string => (locale === "zh-CN" ? zh : en)[kind];
