import { Button, Field, Input, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Row } from "../../../core/table/schema";
import { useLocale } from "../../i18n/LocaleContext";
import type { StringKey } from "../../i18n/strings";
import { type Draft, type FieldError, type TextField, draftOf, splitAliases, validateDraft } from "./rowDraft";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: "6px", border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: "4px", padding: "8px", minWidth: 0 },
  bar: { display: "flex", flexWrap: "wrap", gap: "6px", alignItems: "center" },
  tags: { display: "flex", flexWrap: "wrap", gap: "4px", margin: 0, padding: 0, listStyle: "none" },
  chip: {
    display: "inline-flex",
    alignItems: "center",
    gap: "2px",
    padding: "0 0 0 8px",
    borderRadius: tokens.borderRadiusCircular,
    background: tokens.colorNeutralBackground3,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase200,
    maxWidth: "100%",
    overflowWrap: "anywhere",
  },
});

const labels: Record<TextField, StringKey> = { name: "colName", value: "colValue", unit: "colUnit", period: "colPeriod", region: "colRegion", source: "colSource", id: "colId" };
const errorKeys: Record<FieldError["code"], StringKey> = { required: "tableErrRequired", not_number: "tableErrNumber", duplicate_alias: "tableErrAlias", invalid: "tableErrInvalid" };
const kinds = [
  ["", "tableKindAuto"],
  ["number", "tableKindNumber"],
  ["person", "tableKindPerson"],
  ["place", "tableKindPlace"],
  ["name", "tableKindName"],
] as const;

/**
 * One row's form: every field, aliases as chips (Enter or ；、 adds, a chip's button removes), validated live by the
 * table's zod schema with a message under each bad field. 保存此行 applies it (Ctrl+Enter too); Esc reverts.
 */
export function RowForm({ row, label, onSave, onDuplicate, onDelete }: { row: Row; label: string; onSave(r: Row): void; onDuplicate(): void; onDelete(): void }) {
  const { t, locale } = useLocale();
  const styles = useStyles();
  const [draft, setDraft] = useState<Draft>(() => draftOf(row));
  const [alias, setAlias] = useState("");
  const check = validateDraft(draft);
  const errors = check.ok ? {} : check.errors;
  const message = (e: FieldError | undefined) => (e ? (locale === "zh-CN" ? e.message : t(errorKeys[e.code])) : null);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const addAliases = () => {
    const more = splitAliases(alias);
    if (more.length > 0) set({ aliases: [...draft.aliases, ...more] });
    setAlias("");
  };
  const save = () => check.ok && onSave(check.row);

  return (
    <form
      className={styles.form}
      aria-label={label}
      data-testid="row-form"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") setDraft(draftOf(row));
        if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) save();
      }}
    >
      <Text weight="semibold" lang="zh-CN">
        {label}
      </Text>
      {(["name", "value", "unit", "period", "region", "source"] as const).map((f) => (
        <Field key={f} label={t(labels[f])} size="small" validationState={errors[f] ? "error" : "none"} validationMessage={message(errors[f])}>
          <Input size="small" value={draft[f]} onChange={(_, d) => set({ [f]: d.value })} data-testid={`row-${f}`} lang="zh-CN" />
        </Field>
      ))}
      <Field label={t("tableAliases")} size="small" validationState={errors.aliases ? "error" : "none"} validationMessage={message(errors.aliases)}>
        <Input
          size="small"
          value={alias}
          placeholder={t("tableAliasAdd")}
          onChange={(_, d) => setAlias(d.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && !e.ctrlKey && !e.metaKey) {
              e.preventDefault();
              addAliases();
            }
          }}
          onBlur={addAliases}
          data-testid="row-alias-input"
          lang="zh-CN"
        />
      </Field>
      {draft.aliases.length > 0 && (
        <ul className={styles.tags} aria-label={t("tableAliases")} data-testid="row-aliases">
          {draft.aliases.map((a, i) => (
            <li key={`${i}:${a}`} className={styles.chip}>
              <span lang="zh-CN">{a}</span>
              <Button
                size="small"
                appearance="transparent"
                aria-label={t("tableAliasRemove", { a })}
                onClick={() => set({ aliases: draft.aliases.filter((_, k) => k !== i) })}
                data-testid="row-alias-remove"
              >
                ✕
              </Button>
            </li>
          ))}
        </ul>
      )}
      <Field label={t("tableKind")} size="small">
        <Select size="small" value={draft.kind} onChange={(_, d) => set({ kind: d.value as Draft["kind"] })} data-testid="row-kind">
          {kinds.map(([k, key]) => (
            <option key={k || "auto"} value={k}>
              {t(key)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("colId")} size="small" validationState={errors.id ? "error" : "none"} validationMessage={message(errors.id)}>
        <Input size="small" value={draft.id} onChange={(_, d) => set({ id: d.value })} data-testid="row-id" />
      </Field>
      {!check.ok && (
        <Text size={200} role="alert" data-testid="row-invalid">
          {t("tableRowInvalid", { n: Object.keys(errors).length })}
        </Text>
      )}
      <div className={styles.bar}>
        <Button type="submit" size="small" appearance="primary" disabled={!check.ok} data-testid="row-save">
          {t("tableSaveRow")}
        </Button>
        <Button size="small" onClick={() => setDraft(draftOf(row))}>
          {t("tableRevert")}
        </Button>
        <Button size="small" onClick={onDuplicate} data-testid="row-duplicate">
          {t("tableDuplicate")}
        </Button>
        <Button size="small" onClick={onDelete} data-testid="row-delete">
          {t("tableDelete")}
        </Button>
      </div>
    </form>
  );
}
