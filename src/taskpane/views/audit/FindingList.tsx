import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, CounterBadge, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { rules } from "../../../core/audit/rules/index";
import type { Finding } from "../../../core/audit/types";
import { partLabel } from "../../../core/document/snapshot";
import { useHost } from "../../shell/HostContext";
import { ProblemBar } from "../../shell/ProblemBar";

const useStyles = makeStyles({
  item: {
    display: "block",
    width: "100%",
    textAlign: "left",
    border: "none",
    background: "transparent",
    padding: "4px 6px",
    borderRadius: "4px",
    cursor: "pointer",
    font: "inherit",
    ":hover": { background: tokens.colorNeutralBackground1Hover },
  },
  where: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  header: { display: "flex", gap: "6px", alignItems: "center" },
});

const colour = { error: "danger", warning: "warning", info: "informative" } as const;
const label = { error: "错误", warning: "警告", info: "提示" } as const;

/** Findings grouped by rule; clicking one selects its text in the document. */
export function FindingList({ findings }: { findings: Finding[] }) {
  const host = useHost();
  const styles = useStyles();
  const [failure, setFailure] = useState<{ code: string; message: string } | undefined>();
  const groups = rules.map((r) => ({ rule: r, list: findings.filter((f) => f.rule === r.id) })).filter((g) => g.list.length > 0);
  const pick = async (f: Finding) => {
    setFailure(undefined);
    try {
      const r = await host.select(f);
      if (!r.ok) setFailure({ code: r.code, message: r.message });
    } catch (e) {
      setFailure({ code: "host_error", message: e instanceof Error ? e.message : String(e) });
    }
  };
  return (
    <div>
      {failure && <ProblemBar code={failure.code} message={failure.message} />}
      <Accordion multiple collapsible defaultOpenItems={groups.map((g) => g.rule.id)}>
        {groups.map(({ rule, list }) => (
          <AccordionItem key={rule.id} value={rule.id} data-testid={`rule-${rule.id}`}>
            <AccordionHeader size="small">
              <span className={styles.header}>
                <Text weight="semibold">{rule.title}</Text>
                <CounterBadge count={list.length} appearance="ghost" overflowCount={9999} />
              </span>
            </AccordionHeader>
            <AccordionPanel>
              {list.map((f) => (
                <button key={`${f.paragraph}:${f.start}:${f.rule}`} type="button" className={styles.item} onClick={() => void pick(f)} data-testid="finding" data-severity={f.severity}>
                  <Badge size="small" appearance="tint" color={colour[f.severity]}>
                    {label[f.severity]}
                  </Badge>{" "}
                  <Text>{f.message}</Text>
                  <div className={styles.where}>
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
