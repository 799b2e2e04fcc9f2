import { Button, Field, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import type { IndicatorTable } from "../../../core/table/schema";
import { useLocale } from "../../i18n/LocaleContext";
import { RowForm } from "./RowForm";
import { addRow, deleteRow, duplicateRow, replaceRow, searchRows } from "./rowDraft";

const SHOWN = 200;
const HISTORY = 30;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "6px", minWidth: 0, marginTop: "6px" },
  bar: { display: "flex", flexWrap: "wrap", gap: "6px", alignItems: "center", minWidth: 0 },
  search: { flex: "1 1 140px", minWidth: 0 },
  list: { maxHeight: "240px", overflowY: "auto", border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: "4px", margin: 0, padding: 0, listStyle: "none" },
  item: {
    display: "block",
    width: "100%",
    textAlign: "left",
    border: "none",
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    background: "transparent",
    padding: "4px 8px",
    cursor: "pointer",
    font: "inherit",
    overflowWrap: "anywhere",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  picked: { background: tokens.colorBrandBackground2 },
  meta: { display: "block", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/**
 * The indicator table for a narrow pane: a searchable list of rows and a form for one row. Add, duplicate, delete
 * and undo; arrow keys move through the list. Every change is saved into the document by `onChange`.
 */
export function TableEditor({ table, onChange }: { table: IndicatorTable; onChange(t: IndicatorTable): void }) {
  const { t } = useLocale();
  const styles = useStyles();
  const [query, setQuery] = useState("");
  const [picked, setPicked] = useState<number | undefined>();
  const [history, setHistory] = useState<IndicatorTable[]>([]);
  const [announce, setAnnounce] = useState("");
  const items = useMemo(() => searchRows(table, query), [table, query]);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (picked !== undefined && picked >= table.rows.length) setPicked(table.rows.length > 0 ? table.rows.length - 1 : undefined);
  }, [table, picked]);

  const change = (next: IndicatorTable, message: string) => {
    setHistory((h) => [...h.slice(-HISTORY + 1), table]);
    onChange(next);
    setAnnounce(message);
  };
  const undo = () => {
    const prev = history[history.length - 1];
    if (!prev) return;
    setHistory(history.slice(0, -1));
    onChange(prev);
    setAnnounce(t("tableUndo"));
  };

  const focusItem = (k: number) => listRef.current?.querySelectorAll<HTMLButtonElement>("button")[k]?.focus();
  const onListKey = (e: React.KeyboardEvent, k: number) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      focusItem(Math.max(0, Math.min(items.length - 1, k + (e.key === "ArrowDown" ? 1 : -1))));
    }
  };

  const row = picked !== undefined ? table.rows[picked] : undefined;

  return (
    <div className={styles.root} data-testid="table-editor" role="region" aria-label={t("tableEdit")}>
      <div className={styles.bar}>
        <Field className={styles.search} label={t("tableSearch")} size="small">
          <Input size="small" value={query} onChange={(_, d) => setQuery(d.value)} data-testid="table-search" />
        </Field>
      </div>
      <div className={styles.bar}>
        <Button
          size="small"
          onClick={() => {
            change(addRow(table, `${t("tableNew")}${table.rows.length + 1}`), t("tableAddRow"));
            setPicked(table.rows.length);
            setQuery("");
          }}
          data-testid="table-add"
        >
          {t("tableAddRow")}
        </Button>
        <Button size="small" disabled={history.length === 0} onClick={undo} data-testid="table-undo">
          {t("tableUndo")}
        </Button>
        <Text size={200} data-testid="table-count">
          {t("tableRowsShown", { n: Math.min(items.length, SHOWN), total: table.rows.length })}
        </Text>
      </div>
      <div role="status" aria-live="polite" className="dk-visually-hidden" style={{ position: "absolute", width: 1, height: 1, overflow: "hidden", clip: "rect(0 0 0 0)" }}>
        {announce}
      </div>
      {items.length === 0 ? (
        <Text size={200}>{t("tableNoRows")}</Text>
      ) : (
        <ul className={styles.list} ref={listRef} aria-label={t("tableLabel")} data-testid="table-rows">
          {items.slice(0, SHOWN).map(({ index, row: r }, k) => (
            <li key={`${index}:${r.name}`}>
              <button
                type="button"
                className={`${styles.item} ${index === picked ? styles.picked : ""}`}
                aria-current={index === picked ? "true" : undefined}
                onClick={() => setPicked(index)}
                onKeyDown={(e) => onListKey(e, k)}
                data-testid="table-row"
              >
                <span lang="zh-CN">{r.name}</span>
                <span className={styles.meta} lang="zh-CN">
                  {[`${r.value}${r.unit}`, r.period, r.region, r.aliases.length > 0 ? t("tableAliasesList", { a: r.aliases.join("、") }) : ""].filter((s) => s).join(" · ")}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {row && picked !== undefined && (
        <RowForm
          key={`${picked}:${table.rows.length}:${JSON.stringify(row)}`}
          row={row}
          label={t("tableRowLabel", { n: picked + 1, name: row.name })}
          onSave={(next) => change(replaceRow(table, picked, next), t("tableSaved"))}
          onDuplicate={() => {
            change(duplicateRow(table, picked), t("tableDuplicate"));
            setPicked(picked + 1);
          }}
          onDelete={() => {
            change(deleteRow(table, picked), t("tableDeleted", { name: row.name }));
            setPicked(undefined);
          }}
        />
      )}
    </div>
  );
}
