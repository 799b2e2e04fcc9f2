import { useCallback, useMemo, useState } from "react";
import type { TableError } from "../../../core/table/io/errors";
import { bundledTable } from "../../../core/table/bundled";
import type { IndicatorTable } from "../../../core/table/schema";
import { importTable } from "../../../platform/tableFiles";
import { useLocale } from "../../i18n/LocaleContext";
import { useHost } from "../../shell/HostContext";

export interface TableState {
  table: IndicatorTable;
  errors: TableError[];
  notice: string;
  importFile(file: File): Promise<void>;
  replace(table: IndicatorTable | undefined): Promise<void>;
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
  const [notice, setNotice] = useState(initial.error);

  const replace = useCallback(
    async (next: IndicatorTable | undefined) => {
      setErrors([]);
      setTable(next ?? bundledTable);
      const saved = await host.saveTable(next);
      setNotice(saved.ok ? "" : saved.message);
    },
    [host],
  );

  const importFile = useCallback(
    async (file: File) => {
      const r = await importTable(new Uint8Array(await file.arrayBuffer()), file.name);
      if (!r.ok) {
        setErrors(r.errors);
        return;
      }
      await replace(r.value);
      setNotice(`${file.name}：${t("tableImported", { n: r.value.rows.length })}`);
    },
    [replace, t],
  );

  return { table, errors, notice, importFile, replace };
}
