import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { excerptAround } from "../../../core/document/excerpt";
import { locationLabel } from "../../../core/document/snapshot";
import { kindLabel, kindOrder } from "../../../core/placeholders/labels";
import type { Placeholder, PlaceholderKind } from "../../../core/placeholders/types";
import { useLocale } from "../../i18n/LocaleContext";
import { Group } from "../../shell/Group";
import { ProblemBar } from "../../shell/ProblemBar";
import { useListStyles, usePick } from "../../shell/usePick";

const useStyles = makeStyles({
  marker: { background: tokens.colorPaletteYellowBackground2, fontWeight: 600, padding: "0 1px" },
  row: { borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, paddingBottom: "4px", marginBottom: "2px", minWidth: 0 },
});

function Item({ p, onPick, extra }: { p: Placeholder; onPick(p: Placeholder): void; extra: ReactNode }) {
  const styles = useStyles();
  const list = useListStyles();
  const { locale } = useLocale();
  const c = p.clause;
  // the clause's words, cut to the sentence fragment shared with the audit list
  const e = excerptAround(c.text, p.start - c.start, p.end - c.start);
  return (
    <div className={styles.row} data-testid="placeholder-row" data-id={p.id}>
      <button type="button" className={list.item} onClick={() => onPick(p)} data-testid="placeholder" data-id={p.id}>
        {p.rowContext && (
          <span className={list.where} lang="zh-CN">
            {p.rowContext} │{" "}
          </span>
        )}
        <span lang="zh-CN">
          <span>{e.before}</span>
          <span className={styles.marker}>{e.text}</span>
          <span>{e.after}</span>
        </span>
        <span className={list.where} data-testid="placeholder-where">
          {locationLabel(p.part, p.paragraph, p.inTable, locale)}
        </span>
      </button>
      {extra}
    </div>
  );
}

/** The scan's placeholders grouped by kind, with counts; clicking one selects it in the document. */
export function ScanList({ placeholders, extra }: { placeholders: Placeholder[]; extra?: (p: Placeholder) => ReactNode }) {
  const { t, locale } = useLocale();
  const { failure, pick } = usePick();
  const groups = kindOrder
    .map((kind): [PlaceholderKind, Placeholder[]] => [kind, placeholders.filter((p) => p.kind === kind)])
    .filter(([, items]) => items.length > 0);
  return (
    <div>
      {failure && <ProblemBar code={failure.code} message={failure.message} />}
      {groups.map(([kind, items]) => (
        <Group key={kind} testId={`group-${kind}`} title={kindLabel(kind, locale)} count={items.length} countLabel={t("scanGroupCount", { n: items.length })}>
          {items.map((p) => (
            <Item key={p.id} p={p} onPick={(x) => void pick(x)} extra={extra?.(p)} />
          ))}
        </Group>
      ))}
    </div>
  );
}
