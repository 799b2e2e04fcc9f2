import { Badge, Text, makeStyles, tokens } from "@fluentui/react-components";
import { rules } from "../../../core/audit/rules/index";
import { type Finding, findingMessage, ruleTitle } from "../../../core/audit/types";
import { excerptAround } from "../../../core/document/excerpt";
import { type DocSnapshot, locationIn, partKey } from "../../../core/document/snapshot";
import { useLocale } from "../../i18n/LocaleContext";
import { Group } from "../../shell/Group";
import { ProblemBar } from "../../shell/ProblemBar";
import { useListStyles, usePick } from "../../shell/usePick";

const colour = { error: "danger", warning: "warning", info: "informative" } as const;
const label = { error: "sevError", warning: "sevWarning", info: "sevInfo" } as const;

const useStyles = makeStyles({
  marker: { background: tokens.colorPaletteYellowBackground2, fontWeight: 600 },
  badge: { whiteSpace: "nowrap", flexShrink: 0 },
});

/** A finding's key: rule, part, paragraph and offset (two parts can hold a paragraph 0 with a finding at 0). */
export const findingKey = (f: Finding): string => `${f.rule}:${partKey(f.part)}:${f.paragraph}:${f.start}:${f.end}`;

/** Findings grouped by rule; each shows its message, its place and the words around it; clicking selects it. */
export function FindingList({ findings, snapshot }: { findings: Finding[]; snapshot: DocSnapshot }) {
  const list = useListStyles();
  const styles = useStyles();
  const { t, locale } = useLocale();
  const { failure, pick } = usePick();
  const texts = new Map(snapshot.paragraphs.map((p) => [`${partKey(p.part)}#${p.index}`, p.text]));
  const groups = rules.map((r) => ({ rule: r, items: findings.filter((f) => f.rule === r.id) })).filter((g) => g.items.length > 0);
  return (
    <div>
      {failure && <ProblemBar code={failure.code} message={failure.message} />}
      {groups.map(({ rule, items }) => (
          <Group key={rule.id} testId={`rule-${rule.id}`} title={ruleTitle(rule, locale)} count={items.length} countLabel={t("auditFindingsCount", { n: items.length })}>
              {items.map((f) => {
                const e = excerptAround(texts.get(`${partKey(f.part)}#${f.paragraph}`) ?? f.text, f.start, f.end);
                const long = f.end - f.start > 24;
                return (
                  <button key={findingKey(f)} type="button" className={list.item} onClick={() => void pick(f)} data-testid="finding" data-severity={f.severity}>
                    <Badge size="small" appearance="tint" color={colour[f.severity]} className={styles.badge}>
                      {t(label[f.severity])}
                    </Badge>{" "}
                    <Text>{findingMessage(f, locale)}</Text>
                    <span className={list.where} data-testid="finding-where">
                      {locationIn(snapshot, f.part, f.paragraph, locale)}
                      {locale === "zh-CN" ? "：" : ": "}
                      <span lang="zh-CN" data-testid="finding-context">
                        {long ? (
                          <span className={styles.marker}>{`${f.text.slice(0, 24)}…`}</span>
                        ) : (
                          <>
                            {e.before}
                            <span className={styles.marker}>{e.text}</span>
                            {e.after}
                          </>
                        )}
                      </span>
                    </span>
                  </button>
                );
              })}
          </Group>
        ))}
    </div>
  );
}
