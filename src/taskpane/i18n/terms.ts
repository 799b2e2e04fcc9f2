import type { Locale } from "./strings";

/**
 * English names of the things the core names in Chinese only: section categories and titles (by id) and region
 * levels. Audit rules carry their own English (core/audit/types ruleTitle, findingMessage). zh-CN shows the core's own names.
 */
const categories: Record<string, string> = {
  开场: "Opening",
  工作回顾: "Review",
  形势分析: "Situation",
  重点任务: "Key tasks",
  作风建设: "Conduct",
  党风廉政: "Integrity",
  结束语: "Closing",
  我的章节: "My sections",
};

const sectionTitles: Record<string, string> = {
  "opening-handover": "Opening: first meeting",
  "opening-conference": "Opening: work conference",
  "review-achievements": "Review: results and lessons (first to fifth)",
  "review-results": "Review: marked results",
  "situation-new": "Situation: the new situation",
  "situation-pressure": "Situation: pressures and priorities",
  "tasks-overall": "Key tasks: overall requirements",
  "task-employment": "Key tasks: stable and wider employment",
  "task-social-security": "Key tasks: social security",
  "task-reform": "Key tasks: reforms",
  "task-talent": "Key tasks: talent",
  "task-labour": "Key tasks: workers' rights",
  "task-fund-supervision": "Key tasks: social insurance fund supervision",
  "task-personnel": "Key tasks: public institution staff",
  "task-wage-arrears": "Key tasks: migrant workers' wages",
  "task-public-service": "Key tasks: public services",
  conduct: "Conduct: taking responsibility",
  integrity: "Integrity: against corruption",
  "closing-handover": "Closing: requests and thanks",
  "closing-conference": "Closing: united and forward",
};

const levels: Record<string, string> = { 市: "City", 县: "County", 区: "District" };

const pick = (map: Record<string, string>, key: string, zh: string, locale: Locale): string =>
  locale === "zh-CN" ? zh : Object.hasOwn(map, key) ? (map[key] as string) : zh;

export const categoryLabel = (category: string, locale: Locale): string => pick(categories, category, category, locale);
/** A category as typed back: the English name of a bundled category is stored as its Chinese one (My sections → 我的章节). */
export const categoryFromLabel = (shown: string): string => {
  const typed = shown.trim();
  return Object.entries(categories).find(([, en]) => en === typed)?.[0] ?? typed;
};
/** A bundled section's title; the drafter's own sections keep the title they were given. */
export const sectionTitle = (s: { id: string; title: string; source?: string }, locale: Locale): string =>
  s.source === "user" ? s.title : pick(sectionTitles, s.id, s.title, locale);
export const levelLabel = (level: string, locale: Locale): string => pick(levels, level, level, locale);
