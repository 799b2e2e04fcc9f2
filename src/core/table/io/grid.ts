import { type IndicatorTable, type Row, TableSchema, rowId } from "../schema";
import { type TableError, type TableParse, capErrors } from "./errors";
import { type Field, exportHeaders, fieldOf, headerNames, kindOf } from "./headers";
import { tableLimits } from "./limits";
import { zodMessage, zodMessageEn } from "./zodMessage";
import { MAX_MAGNITUDE, numberCellProblem, numberCellProblemEn, parseNumberCell } from "./numberCell";

export { parseNumberCell } from "./numberCell";

/** A spreadsheet cell as read: text (CSV), a number, empty, or a formula (XLSX) that is kept as data, never run. */
export type Cell = string | number | null | undefined | { formula: string };

const MAX_ROWS = tableLimits.rows;

const text = (c: Cell): string => (c === null || c === undefined ? "" : typeof c === "object" ? `=${c.formula}` : String(c)).trim();
const looksPersonOrPlace = (name: string): boolean => /(?:长|书记|主任|主席|委员|同志|经理|秘书|市名|县名|区名|地名|冠名|名称)$/.test(name);

export function findDuplicates(rows: readonly Row[], rowNumber: (i: number) => number): TableError[] {
  const seen = new Map<string, number>();
  const errors: TableError[] = [];
  rows.forEach((r, i) => {
    const key = [rowId(r), r.unit].join("#");
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push({ code: "duplicate_row", row: rowNumber(i), column: "指标", message: `与第 ${first} 行重复（指标、期间、地区、单位都相同），请删去一行或区分期间/地区`, messageEn: `Same as row ${first} (same name, period, region and unit): delete one row or tell the periods/regions apart` });
    } else seen.set(key, rowNumber(i));
  });
  return errors;
}

const columnLabel = (key: unknown): string => (typeof key === "string" && Object.hasOwn(exportHeaders, key) ? exportHeaders[key as Field] : String(key ?? ""));

/** The first cell longer than the limit, as an error (XLSX cells are not checked while reading, CSV cells are). */
function longCell(grid: readonly (readonly Cell[])[]): TableError | undefined {
  for (let r = 0; r < grid.length; r += 1) {
    const cells = grid[r] ?? [];
    if (cells.length > tableLimits.columns) return { code: "too_many_cells", row: r + 1, message: `第 ${r + 1} 行超过 ${tableLimits.columns} 列：请删去无关的列`, messageEn: `Row ${r + 1} has over ${tableLimits.columns} columns: remove the unrelated columns` };
    for (const c of cells) {
      if (typeof c === "string" && c.length > tableLimits.cellChars) return { code: "cell_too_long", row: r + 1, message: `第 ${r + 1} 行有单元格超过 ${tableLimits.cellChars} 个字符：请删去过长的内容`, messageEn: `Row ${r + 1} has a cell over ${tableLimits.cellChars} characters: remove the long content` };
    }
  }
  return undefined;
}

/** Builds a table from a grid whose first non-empty row holds the headers; every bad cell is reported. */
export function tableFromGrid(grid: readonly (readonly Cell[])[], title = ""): TableParse<IndicatorTable> {
  const first = grid.findIndex((r) => r.some((c) => text(c) !== ""));
  if (first < 0) return { ok: false, errors: [{ code: "empty_file", message: "文件是空的：第一行应为表头（指标、数值、单位、期间、地区、来源）", messageEn: "The file is empty: the first row should hold the headers (name, value, unit, period, region, source)" }] };
  const headerRow = grid[first] ?? [];
  const columns = new Map<Field, number>();
  const errors: TableError[] = [];
  headerRow.forEach((h, i) => {
    const f = fieldOf(text(h));
    if (!f) return;
    if (columns.has(f)) errors.push({ code: "duplicate_header", row: first + 1, column: text(h), message: `表头“${text(h)}”出现了两次，请只保留一列`, messageEn: `The header "${text(h)}" appears twice: keep one column only` });
    else columns.set(f, i);
  });
  for (const need of ["name", "value"] as const) {
    if (!columns.has(need)) {
      errors.push({ code: "missing_header", row: first + 1, column: headerNames[need][0], message: `缺少“${headerNames[need][0]}”列：请在第一行加上表头“${headerNames[need][0]}”（英文 ${need} 亦可）`, messageEn: `The "${need}" column is missing: add the header "${need}" (or its Chinese name) to the first row` });
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  const dataRows = grid.slice(first + 1);
  if (dataRows.length > MAX_ROWS) return { ok: false, errors: [{ code: "too_many_rows", message: `表格有 ${dataRows.length} 行，超过上限 ${MAX_ROWS} 行，请拆分后导入`, messageEn: `The table has ${dataRows.length} rows, over the limit of ${MAX_ROWS}: split it before importing` }] };
  const tooLong = longCell(grid);
  if (tooLong) return { ok: false, errors: [tooLong] };

  const rows: Row[] = [];
  const rowNumbers: number[] = [];
  dataRows.forEach((cells, k) => {
    const at = first + 2 + k;
    const get = (f: Field): Cell => (columns.has(f) ? cells[columns.get(f) as number] : undefined);
    if (cells.every((c) => text(c) === "")) return;
    const name = text(get("name"));
    const rawValue = get("value");
    const valueText = text(rawValue);
    const kindText = text(get("kind"));
    const kind = kindText ? kindOf(kindText) : undefined;
    let unit = text(get("unit"));
    if (!name) errors.push({ code: "empty_name", row: at, column: "指标", message: `第 ${at} 行没有指标名称，请填写或删除该行`, messageEn: `Row ${at} has no indicator name: fill it in or delete the row` });
    if (kindText && !kind) errors.push({ code: "bad_kind", row: at, column: "类型", message: `第 ${at} 行类型“${kindText}”无法识别，应为 数值、人员、地名 或 名称`, messageEn: `Row ${at}: the kind "${kindText}" is not known; it should be number, person, place or name` });
    let value: number | string | undefined;
    if (typeof rawValue === "object" && rawValue !== null) {
      errors.push({ code: "formula_cell", row: at, column: "数值", message: `第 ${at} 行数值是公式“${valueText}”，DraftKit 不计算公式：请在表格软件中复制后“粘贴为数值”再导入`, messageEn: `Row ${at}: the value is the formula "${valueText}"; DraftKit does not compute formulas: copy it and "Paste Values" in the spreadsheet, then import it` });
    } else if (typeof rawValue === "number") {
      if (Number.isFinite(rawValue) && Math.abs(rawValue) < MAX_MAGNITUDE) value = rawValue;
      else errors.push({ code: "bad_number", row: at, column: "数值", message: `第 ${at} 行数值 ${String(rawValue)} 过大或不是有限数，无法准确写出：数值应小于 10^15`, messageEn: `Row ${at}: the value ${String(rawValue)} is too large or not finite and cannot be written exactly: it must be below 10^15` });
    }
    else if (!valueText) errors.push({ code: "empty_value", row: at, column: "数值", message: `第 ${at} 行没有数值，请填写或删除该行`, messageEn: `Row ${at} has no value: fill it in or delete the row` });
    else if (valueText.startsWith("=")) {
      errors.push({ code: "formula_cell", row: at, column: "数值", message: `第 ${at} 行数值“${valueText}”像公式，DraftKit 不计算公式：请填入计算结果`, messageEn: `Row ${at}: the value "${valueText}" looks like a formula; DraftKit does not compute formulas: enter the result` });
    } else if (kind !== "person" && kind !== "place" && kind !== "name" && numberCellProblem(valueText)) {
      errors.push({ code: "bad_number", row: at, column: "数值", message: `第 ${at} 行数值${numberCellProblem(valueText) ?? ""}`, messageEn: `Row ${at}: the value ${numberCellProblemEn(valueText) ?? ""}` });
    } else {
      const n = parseNumberCell(valueText);
      if (n && kind !== "person" && kind !== "place" && kind !== "name") {
        value = n.value;
        if (n.percent && !unit) unit = "%";
      } else if (kind === "person" || kind === "place" || kind === "name" || (!kind && looksPersonOrPlace(name))) value = valueText;
      else errors.push({ code: "bad_number", row: at, column: "数值", message: `第 ${at} 行数值“${valueText.slice(0, 20)}”不是数字：请只填阿拉伯数字（可带小数点、千分位逗号或 %）`, messageEn: `Row ${at}: the value "${valueText.slice(0, 20)}" is not a number: use digits only (a decimal point, thousands separators or % are allowed)` });
    }
    if (!name || value === undefined) return;
    const aliases = text(get("aliases")).split(/[;；、]/).map((a) => a.trim()).filter((a) => a.length > 0);
    const id = text(get("id"));
    const parsed = TableSchema.shape.rows.element.safeParse({
      ...(id ? { id } : {}),
      name,
      aliases,
      value,
      unit,
      period: text(get("period")),
      region: text(get("region")),
      source: text(get("source")),
      ...(kind ? { kind } : {}),
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push({ code: "bad_shape", row: at, column: columnLabel(issue.path[0]), message: `第 ${at} 行${zodMessage(issue)}`, messageEn: `Row ${at}: ${zodMessageEn(issue)}` });
      return;
    }
    rows.push(parsed.data);
    rowNumbers.push(at);
  });
  errors.push(...findDuplicates(rows, (i) => rowNumbers[i] ?? 0));
  if (errors.length > 0) return { ok: false, errors: capErrors(errors) };
  // Every row was parsed above and the row count checked: the table is not parsed a second time.
  return { ok: true, value: { format: "draftkit-table", version: 1, title, sample: false, rows } };
}
