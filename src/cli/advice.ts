/**
 * Findings and reasons are written for the pane, whose buttons they name (填充, 刷新数据). On the command line
 * the same advice names the command and flag that do it.
 */
const paneToCli: [RegExp, string][] = [
  [/用“填充”从指标表填写/g, "用 draftkit fill 文稿 --table 指标表 --out 结果 填写"],
  [/刷新数据或重新填充/g, "用 draftkit fill 文稿 --table 本地指标表 --out 结果 重新填充"],
  [/点击“?填充”?/g, "用 draftkit fill"],
];

export function cliAdvice(message: string): string {
  let out = message;
  for (const [from, to] of paneToCli) out = out.replace(from, to);
  return out;
}
