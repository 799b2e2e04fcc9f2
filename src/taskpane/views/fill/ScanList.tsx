import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  CounterBadge,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { type ReactNode, useState } from "react";
import { kindLabel, kindOrder } from "../../../core/placeholders/labels";
import type { Placeholder, PlaceholderKind } from "../../../core/placeholders/types";
import { useLocale } from "../../i18n/LocaleContext";
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
  marker: { background: tokens.colorPaletteYellowBackground2, fontWeight: 600, padding: "0 1px" },
  where: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  header: { display: "flex", gap: "6px", alignItems: "center" },
  row: { borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, paddingBottom: "4px", marginBottom: "2px" },
});

function Item({ p, onPick, extra }: { p: Placeholder; onPick(p: Placeholder): void; extra: ReactNode }) {
  const styles = useStyles();
  const { t } = useLocale();
  const c = p.clause;
  const before = c.text.slice(Math.max(0, p.start - c.start - 14), p.start - c.start);
  const after = c.text.slice(p.end - c.start, p.end - c.start + 10);
  const where =
    p.part.kind === "body" ? t(p.inTable ? "locTable" : "locBody", { n: p.paragraph + 1 }) : t(p.part.kind === "header" ? "locHeader" : "locFooter");
  return (
    <div className={styles.row} data-testid="placeholder-row" data-id={p.id}>
      <button type="button" className={styles.item} onClick={() => onPick(p)} data-testid="placeholder" data-id={p.id}>
        {p.rowContext && <span className={styles.where}>{p.rowContext} │ </span>}
        <span>{before}</span>
        <span className={styles.marker}>{p.text}</span>
        <span>{after}</span>
        <div className={styles.where}>{where}</div>
      </button>
      {extra}
    </div>
  );
}

/** The scan's placeholders grouped by kind, with counts; clicking one selects it in the document. */
export function ScanList({ placeholders, extra }: { placeholders: Placeholder[]; extra?: (p: Placeholder) => ReactNode }) {
  const host = useHost();
  const styles = useStyles();
  const { locale } = useLocale();
  const [failure, setFailure] = useState<{ code: string; message: string } | undefined>();
  const groups = kindOrder
    .map((kind): [PlaceholderKind, Placeholder[]] => [kind, placeholders.filter((p) => p.kind === kind)])
    .filter(([, list]) => list.length > 0);

  const pick = async (p: Placeholder) => {
    setFailure(undefined);
    try {
      const r = await host.select({ part: p.part, paragraph: p.paragraph, start: p.start, end: p.end, text: p.text });
      if (!r.ok) setFailure({ code: r.code, message: r.message });
    } catch (e) {
      setFailure({ code: "host_error", message: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <div>
      {failure && <ProblemBar code={failure.code} message={failure.message} />}
      <Accordion multiple collapsible defaultOpenItems={groups.map(([k]) => k)}>
        {groups.map(([kind, list]) => (
          <AccordionItem key={kind} value={kind} data-testid={`group-${kind}`}>
            <AccordionHeader size="small">
              <span className={styles.header}>
                <Text weight="semibold">{kindLabel(kind, locale)}</Text>
                <CounterBadge count={list.length} appearance="ghost" overflowCount={9999} />
              </span>
            </AccordionHeader>
            <AccordionPanel>
              {list.map((p) => (
                <Item key={p.id} p={p} onPick={(x) => void pick(x)} extra={extra?.(p)} />
              ))}
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </div>
  );
}
