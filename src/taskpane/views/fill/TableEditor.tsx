import {
  Button,
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  Input,
  type TableColumnDefinition,
  Text,
  createTableColumn,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { type IndicatorTable, type Row, RowSchema } from "../../../core/table/schema";
import { parseNumberCell } from "../../../core/table/io/grid";
import type { StringKey } from "../../i18n/strings";
import { useLocale } from "../../i18n/LocaleContext";
import { ProblemBar } from "../../shell/ProblemBar";

const SHOWN = 200;
type Field = "name" | "value" | "unit" | "period" | "region" | "source";
const fields: [Field, StringKey][] = [
  ["name", "colName"],
  ["value", "colValue"],
  ["unit", "colUnit"],
  ["period", "colPeriod"],
  ["region", "colRegion"],
  ["source", "colSource"],
];

interface Item {
  index: number;
  row: Row;
}

/** The indicator table in a DataGrid; cells are edited in place, each edit validated by the row schema. */
export function TableEditor({ table, onChange }: { table: IndicatorTable; onChange(t: IndicatorTable): void }) {
  const { t } = useLocale();
  const [filter, setFilter] = useState("");
  const [problem, setProblem] = useState("");
  const items = useMemo(
    () => table.rows.map((row, index) => ({ index, row })).filter(({ row }) => !filter || row.name.includes(filter) || row.aliases.some((a) => a.includes(filter))),
    [table, filter],
  );

  const edit = (index: number, field: Field, raw: string) => {
    const old = table.rows[index];
    if (!old) return;
    const n = field === "value" && typeof old.value === "number" ? parseNumberCell(raw) : undefined;
    const value = field === "value" ? (n ? n.value : raw) : raw;
    const parsed = RowSchema.safeParse({ ...old, [field]: value });
    if (!parsed.success || (field === "value" && typeof old.value === "number" && !n)) {
      setProblem(`第 ${index + 1} 行“${t(fields.find((f) => f[0] === field)?.[1] ?? "colValue")}”无效：${parsed.success ? "应为数字" : parsed.error.issues[0]?.message ?? ""}`);
      return;
    }
    setProblem("");
    onChange({ ...table, sample: false, rows: table.rows.map((r, i) => (i === index ? parsed.data : r)) });
  };

  const columns: TableColumnDefinition<Item>[] = [
    ...fields.map(([field, label]) =>
      createTableColumn<Item>({
        columnId: field,
        renderHeaderCell: () => t(label),
        renderCell: (item) => (
          <Input
            size="small"
            appearance="underline"
            defaultValue={String(item.row[field])}
            aria-label={`${t(label)} ${item.index + 1}`}
            onBlur={(e) => {
              if (e.target.value !== String(item.row[field])) edit(item.index, field, e.target.value);
            }}
            style={{ minWidth: 0, width: "100%" }}
          />
        ),
      }),
    ),
    createTableColumn<Item>({
      columnId: "delete",
      renderHeaderCell: () => "",
      renderCell: (item) => (
        <Button size="small" appearance="subtle" aria-label={t("tableDelete")} onClick={() => onChange({ ...table, rows: table.rows.filter((_, i) => i !== item.index) })}>
          ✕
        </Button>
      ),
    }),
  ];

  return (
    <div data-testid="table-editor">
      <Input size="small" placeholder={t("colName")} value={filter} onChange={(_, d) => setFilter(d.value)} />
      {problem && <ProblemBar code="bad_cell" message={problem} />}
      <DataGrid items={items.slice(0, SHOWN)} columns={columns} getRowId={(i: Item) => `${i.index}:${table.rows.length}`} size="extra-small">
        <DataGridHeader>
          <DataGridRow>{({ renderHeaderCell }) => <DataGridHeaderCell>{renderHeaderCell()}</DataGridHeaderCell>}</DataGridRow>
        </DataGridHeader>
        <DataGridBody<Item>>
          {({ item, rowId }) => (
            <DataGridRow<Item> key={rowId}>{({ renderCell }) => <DataGridCell>{renderCell(item)}</DataGridCell>}</DataGridRow>
          )}
        </DataGridBody>
      </DataGrid>
      {items.length > SHOWN && <Text size={200}>… {items.length - SHOWN}</Text>}
      <Button
        size="small"
        onClick={() => onChange({ ...table, sample: false, rows: [...table.rows, RowSchema.parse({ name: `新指标${table.rows.length + 1}`, value: 0 })] })}
      >
        {t("tableAddRow")}
      </Button>
    </div>
  );
}
