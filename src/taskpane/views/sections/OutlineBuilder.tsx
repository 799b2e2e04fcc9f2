import { Button, Input, Text, makeStyles } from "@fluentui/react-components";
import type { Section } from "../../../core/sections/schema";
import { useLocale } from "../../i18n/LocaleContext";
import { sectionTitle } from "../../i18n/terms";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "center", gap: "4px", minWidth: 0, flexWrap: "wrap" },
  name: { flex: "1 1 120px", minWidth: 0, overflowWrap: "anywhere" },
  // the three arrows stay together beside the name; a small button's 64 px minimum would push them onto a line of their own
  tools: { display: "flex", flexShrink: 0 },
  tool: { minWidth: "28px", paddingLeft: "4px", paddingRight: "4px" },
});

/** The outline of a whole speech: sections in order, moved up/down or removed, inserted at once. */
export function OutlineBuilder(props: { outline: Section[]; title: string; onTitle(t: string): void; onChange(next: Section[]): void; onInsert(): void; busy: boolean }) {
  const { t, locale } = useLocale();
  const styles = useStyles();
  const { outline, onChange } = props;
  const move = (i: number, d: number) => {
    const next = [...outline];
    const [s] = next.splice(i, 1);
    if (s) next.splice(i + d, 0, s);
    onChange(next);
  };
  return (
    <div data-testid="outline">
      <Text weight="semibold" block>
        {t("secOutline")}
      </Text>
      {outline.length === 0 && <Text size={200}>{t("secOutlineEmpty")}</Text>}
      {outline.map((s, i) => (
        <div key={`${s.id}-${i}`} className={styles.row} data-testid="outline-item">
          <Text className={styles.name}>
            {i + 1}. {sectionTitle(s, locale)}
          </Text>
          <span className={styles.tools}>
            <Button size="small" appearance="subtle" className={styles.tool} disabled={i === 0} onClick={() => move(i, -1)} aria-label={t("secMoveUp")}>
              ↑
            </Button>
            <Button size="small" appearance="subtle" className={styles.tool} disabled={i === outline.length - 1} onClick={() => move(i, 1)} aria-label={t("secMoveDown")}>
              ↓
            </Button>
            <Button size="small" appearance="subtle" className={styles.tool} onClick={() => onChange(outline.filter((_, k) => k !== i))} aria-label={t("secDelete")}>
              ✕
            </Button>
          </span>
        </div>
      ))}
      {outline.length > 0 && (
        <div className={styles.row}>
          <Input size="small" className={styles.name} aria-label={t("secOutlineTitle")} placeholder={t("secOutlineTitle")} value={props.title} onChange={(_, d) => props.onTitle(d.value)} />
          <Button appearance="primary" size="small" disabled={props.busy} onClick={props.onInsert} data-testid="outline-insert">
            {t("secInsertAll")}
          </Button>
        </div>
      )}
    </div>
  );
}
