import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, CounterBadge, Text } from "@fluentui/react-components";
import { rules } from "../../../core/audit/rules/index";
import type { Finding } from "../../../core/audit/types";
import { partLabel } from "../../../core/document/snapshot";
import { useLocale } from "../../i18n/LocaleContext";
import { ProblemBar } from "../../shell/ProblemBar";
import { useListStyles, usePick } from "../../shell/usePick";

const colour = { error: "danger", warning: "warning", info: "informative" } as const;
const label = { error: "sevError", warning: "sevWarning", info: "sevInfo" } as const;

/** Findings grouped by rule; clicking one selects its text in the document. */
export function FindingList({ findings }: { findings: Finding[] }) {
  const list = useListStyles();
  const { t } = useLocale();
  const { failure, pick } = usePick();
  const groups = rules.map((r) => ({ rule: r, items: findings.filter((f) => f.rule === r.id) })).filter((g) => g.items.length > 0);
  return (
    <div>
      {failure && <ProblemBar code={failure.code} message={failure.message} />}
      <Accordion multiple collapsible defaultOpenItems={groups.map((g) => g.rule.id)}>
        {groups.map(({ rule, items }) => (
          <AccordionItem key={rule.id} value={rule.id} data-testid={`rule-${rule.id}`}>
            <AccordionHeader size="small">
              <span className={list.header}>
                <Text weight="semibold">{rule.title}</Text>
                <CounterBadge count={items.length} appearance="ghost" overflowCount={9999} />
              </span>
            </AccordionHeader>
            <AccordionPanel>
              {items.map((f) => (
                <button key={`${f.paragraph}:${f.start}:${f.rule}`} type="button" className={list.item} onClick={() => void pick(f)} data-testid="finding" data-severity={f.severity}>
                  <Badge size="small" appearance="tint" color={colour[f.severity]}>
                    {t(label[f.severity])}
                  </Badge>{" "}
                  <Text>{f.message}</Text>
                  <div className={list.where}>
                    {partLabel(f.part)}第 {f.paragraph + 1} 段：{f.text.slice(0, 24)}
                  </div>
                </button>
              ))}
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </div>
  );
}
