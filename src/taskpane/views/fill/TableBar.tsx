import { Badge, Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, Text, makeStyles } from "@fluentui/react-components";
import { Suspense, lazy, useState } from "react";
import { bundledTable } from "../../../core/table/bundled";
import { exportTable } from "../../../platform/tableFiles";
import { useLocale } from "../../i18n/LocaleContext";
import { FileButton } from "../../shell/FileButton";
import { ExportNotice } from "../../shell/ExportNotice";
import { ProblemBar } from "../../shell/ProblemBar";
import type { ExportOutcome } from "../../export/saveFile";
import { download } from "./download";
import type { TableState } from "./useTable";

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", gap: "6px", alignItems: "center" },
  errors: { maxHeight: "160px", overflowY: "auto", margin: 0, paddingLeft: "18px" },
});

// The DataGrid editor is loaded on first use, keeping it out of the pane's initial JavaScript.
const TableEditor = lazy(() => import("./TableEditor").then((m) => ({ default: m.TableEditor })));

const mimes = { csv: "text/csv", xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", json: "application/json" } as const;

/** The table in use (with its sample label), import/export/reset, and its errors when an import fails. */
export function TableBar({ state }: { state: TableState }) {
  const { t, locale } = useLocale();
  const styles = useStyles();
  const [editing, setEditing] = useState(false);
  const [failure, setFailure] = useState("");
  const [exported, setExported] = useState<ExportOutcome | undefined>();
  const { table, errors } = state;
  // the bundled table's title is the pane's own words; an imported table's title is the drafter's
  const title = table.title === bundledTable.title ? t("tableBuiltinTitle") : table.title;

  const exportAs = async (format: keyof typeof mimes) => {
    try {
      setExported(await download(await exportTable(table, format), `${title || t("tableLabel")}.${format}`, mimes[format]));
    } catch (e) {
      setFailure(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <div data-testid="table-bar">
      <div className={styles.bar}>
        <Text weight="semibold">{t("tableLabel")}</Text>
        <Text data-testid="table-title">{title || "—"}</Text>
        {table.sample && <Badge color="warning" appearance="tint" data-testid="sample-badge">{t("tableSample")}</Badge>}
        <Text size={200}>{t("tableRows", { n: table.rows.length })}</Text>
      </div>
      <div className={styles.bar}>
        <FileButton accept=".xlsx,.csv,.json" onFile={(f) => void state.importFile(f)} testId="table-file">
          {t("tableImport")}
        </FileButton>
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <Button size="small">{t("tableExport")}</Button>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              <MenuItem onClick={() => void exportAs("xlsx")}>Excel (.xlsx)</MenuItem>
              <MenuItem onClick={() => void exportAs("csv")}>CSV (.csv)</MenuItem>
              <MenuItem onClick={() => void exportAs("json")}>JSON (.json)</MenuItem>
            </MenuList>
          </MenuPopover>
        </Menu>
        <Button size="small" onClick={() => void state.replace(undefined)} data-testid="table-reset">
          {t("tableReset")}
        </Button>
        <Button size="small" appearance={editing ? "primary" : "secondary"} onClick={() => setEditing(!editing)} data-testid="table-edit">
          {t("tableEdit")}
        </Button>
      </div>
      {state.notice && state.noticeKind === "info" && (
        <Text size={200} data-testid="table-notice" data-kind="info">
          {state.notice}
        </Text>
      )}
      {state.notice && state.noticeKind === "error" && (
        <div data-testid="table-notice" data-kind="error">
          <ProblemBar code="table_problem" message={state.notice} />
        </div>
      )}
      {failure && <ProblemBar code="export_failed" message={failure} />}
      <ExportNotice outcome={exported} />
      {errors.length > 0 && (
        <div data-testid="table-errors" role="alert">
          <Text weight="semibold">{t("tableErrors", { n: errors.length })}</Text>
          <ul className={styles.errors}>
            {errors.map((e, i) => (
              <li key={i} data-code={e.code}>
                {locale === "en-US" ? e.messageEn : e.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {editing && (
        <Suspense fallback={<Text size={200}>…</Text>}>
          <TableEditor table={table} onChange={(next) => void state.replace(next)} />
        </Suspense>
      )}
    </div>
  );
}
