import { useCallback, useMemo, useState } from "react";
import type { Outcome } from "../../../core/host";
import type { TableError } from "../../../core/table/io/errors";
import { bundledTable } from "../../../core/table/bundled";
import type { IndicatorTable } from "../../../core/table/schema";
import { MAX_TABLE_BYTES, importTable, tooLargeMessage, tooLargeMessageEn } from "../../../platform/tableFiles";
import { useLocale } from "../../i18n/LocaleContext";
import { useHost } from "../../shell/HostContext";

export interface TableState {
  table: IndicatorTable;
  errors: TableError[];
  notice: string;
  /** an error notice (the table could not be loaded or saved) is shown as a problem, and no success replaces it */
  noticeKind: "info" | "error";
  importFile(file: File): Promise<void>;
  replace(table: IndicatorTable | undefined): Promise<Outcome>;
}

/** The table in use: the one saved in the document, else the bundled sample. Changes are saved into the document. */
export function useTable(): TableState {
  const host = useHost();
  const { t } = useLocale();
  const initial = useMemo(() => {
    try {
      return { table: host.loadTable() ?? bundledTable, error: "" };
    } catch (e) {
      return { table: bundledTable, error: e instanceof Error ? e.message : String(e) };
    }
  }, [host]);
  const [table, setTable] = useState<IndicatorTable>(initial.table);
  const [errors, setErrors] = useState<TableError[]>([]);
  const [notice, setNotice] = useState<{ text: string; kind: "info" | "error" }>({ text: initial.error, kind: initial.error ? "error" : "info" });

  const replace = useCallback(
    async (next: IndicatorTable | undefined): Promise<Outcome> => {
      setErrors([]);
      setTable(next ?? bundledTable);
      const saved = await host.saveTable(next).catch((e: unknown): Outcome => ({ ok: false, code: "settings_save_failed", message: e instanceof Error ? e.message : String(e) }));
      setNotice(saved.ok ? { text: "", kind: "info" } : { text: saved.message, kind: "error" });
      return saved;
    },
    [host],
  );

  const importFile = useCallback(
    async (file: File) => {
      // Refused by its size before it is read into memory (a 200 MB file never reaches the parser).
      if (file.size > MAX_TABLE_BYTES) {
        setErrors([{ code: "file_too_large", message: `${file.name}：${tooLargeMessage(file.size)}`, messageEn: `${file.name}: ${tooLargeMessageEn(file.size)}` }]);
        return;
      }
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await file.arrayBuffer());
      } catch (e) {
        const why = e instanceof Error ? e.message : String(e);
        setErrors([{ code: "empty_file", message: `${file.name}：无法读取（${why}）`, messageEn: `${file.name}: cannot be read (${why})` }]);
        return;
      }
      const r = await importTable(bytes, file.name);
      if (!r.ok) {
        setErrors(r.errors);
        return;
      }
      const saved = await replace(r.value);
      const imported = `${file.name}：${t("tableImported", { n: r.value.rows.length })}`;
      // The save's failure stays visible: the table is in use but will not travel with the document.
      setNotice(saved.ok ? { text: imported, kind: "info" } : { text: `${imported}；${saved.message}`, kind: "error" });
    },
    [replace, t],
  );

  return { table, errors, notice: notice.text, noticeKind: notice.kind, importFile, replace };
}
