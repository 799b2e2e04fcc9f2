import { installSim } from "./testing";
import { MAX_TABLE_SETTING_CHARS, TABLE_BACKUP_KEY, loadTableSetting, saveTableSetting } from "./settings";
import { bundledTable } from "../core/table/bundled";

const KEY = "draftkit.table.v1";
const settings = (): Office.Settings => Office.context.document.settings;

describe("the table stored in the document's settings", () => {
  beforeEach(() => {
    installSim({ blocks: ["正文"] });
  });

  it("round-trips a table", async () => {
    expect(await saveTableSetting(bundledTable)).toEqual({ ok: true });
    expect(loadTableSetting()).toEqual(bundledTable);
  });

  it("a garbage value gets a friendly zh-CN message, not the raw SyntaxError, and is kept aside", () => {
    settings().set(KEY, "{not json");
    expect(() => loadTableSetting()).toThrow(/已损坏（不是有效的 JSON）/);
    try {
      loadTableSetting();
    } catch (e) {
      expect(String(e)).not.toMatch(/SyntaxError|Unexpected token|position/);
    }
    expect(settings().get(TABLE_BACKUP_KEY)).toBe("{not json");
    expect(settings().get(KEY)).toBe("{not json");
  });

  it("a value of the wrong shape names the field in Chinese", () => {
    settings().set(KEY, '{"format":"draftkit-table","version":1,"rows":[{"name":"就业","value":1e400}]}');
    expect(() => loadTableSetting()).toThrow(/已损坏（rows\.0\.value：/);
  });

  it("an 18 M-character setting is refused on load with a message, and left in place", () => {
    const huge = JSON.stringify({ ...bundledTable, title: "x".repeat(18_000_000) });
    settings().set(KEY, huge);
    expect(() => loadTableSetting()).toThrow(/过大.*未读取，也未删除/);
    expect((settings().get(KEY) as string).length).toBe(huge.length);
    expect(settings().get(TABLE_BACKUP_KEY)).toBeNull();
  });

  it("the save cap and the load cap are the same", async () => {
    const big = { ...bundledTable, title: "x".repeat(MAX_TABLE_SETTING_CHARS) };
    expect(await saveTableSetting(big)).toMatchObject({ ok: false, code: "table_too_large" });
  });
});
