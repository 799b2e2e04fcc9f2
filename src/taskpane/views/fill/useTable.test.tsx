// eslint-disable-next-line no-restricted-imports -- jsdom has no text codecs; the test borrows Node's, the pane's browsers have their own
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";
import { act } from "react";
import { createRoot } from "react-dom/client";
import type { DocumentHost, Outcome } from "../../../core/host";
import type { IndicatorTable } from "../../../core/table/schema";
import { LocaleProvider } from "../../i18n/LocaleContext";
import { HostProvider } from "../../shell/HostContext";
import { type TableState, useTable } from "./useTable";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
Object.assign(globalThis, { TextEncoder: NodeTextEncoder, TextDecoder: NodeTextDecoder });

const csvFile = (rows: number): File => {
  const text = `指标,数值,期间\n${Array.from({ length: rows }, (_, i) => `指标${i},${i},2025年`).join("\n")}\n`;
  const bytes = new TextEncoder().encode(text);
  return { name: "大表.csv", size: bytes.length, arrayBuffer: async () => bytes.buffer } as unknown as File;
};

async function mount(host: Partial<DocumentHost>): Promise<{ state: () => TableState }> {
  let current: TableState | undefined;
  function Probe() {
    current = useTable();
    return null;
  }
  const el = document.createElement("div");
  await act(async () => {
    createRoot(el).render(
      <HostProvider host={host as DocumentHost}>
        <LocaleProvider initial="zh-CN">
          <Probe />
        </LocaleProvider>
      </HostProvider>,
    );
  });
  return { state: () => current as TableState };
}

describe("the table in use and its notices", () => {
  it("a table that cannot be saved keeps its error visible after the import notice (the 30,000-row CSV)", async () => {
    const saved: (IndicatorTable | undefined)[] = [];
    const tooLarge: Outcome = { ok: false, code: "table_too_large", message: "指标表过大（30000 行），无法随文档保存：本次可以使用，关闭文档后不会保留" };
    const { state } = await mount({ loadTable: () => undefined, saveTable: async (t) => (saved.push(t), tooLarge) });
    await act(async () => {
      await state().importFile(csvFile(30_000));
    });
    expect(state().table.rows).toHaveLength(30_000);
    expect(state().noticeKind).toBe("error");
    expect(state().notice).toContain("已导入 30000 行");
    expect(state().notice).toContain("无法随文档保存");
    expect(saved).toHaveLength(1);
  }, 30_000);

  it("a 200 MB file is refused by its size without being read", async () => {
    let read = false;
    const huge = { name: "huge.json", size: 200 * 1024 * 1024, arrayBuffer: async () => ((read = true), new ArrayBuffer(0)) } as unknown as File;
    const { state } = await mount({ loadTable: () => undefined, saveTable: async () => ({ ok: true }) });
    await act(async () => {
      await state().importFile(huge);
    });
    expect(read).toBe(false);
    expect(state().errors[0]?.code).toBe("file_too_large");
  });

  it("a successful import shows the plain notice", async () => {
    const { state } = await mount({ loadTable: () => undefined, saveTable: async () => ({ ok: true }) });
    await act(async () => {
      await state().importFile(csvFile(3));
    });
    expect(state().noticeKind).toBe("info");
    expect(state().notice).toContain("已导入 3 行");
  });

  it("a stored table that does not load is reported as an error, and the sample is used", async () => {
    const { state } = await mount({
      loadTable: () => {
        throw new Error("文档中保存的指标表已损坏（不是有效的 JSON）。");
      },
      saveTable: async () => ({ ok: true }),
    });
    expect(state().noticeKind).toBe("error");
    expect(state().notice).toContain("已损坏");
    expect(state().table.sample).toBe(true);
  });

  it("a save that throws is shown, not left as an unhandled rejection", async () => {
    const { state } = await mount({ loadTable: () => undefined, saveTable: () => Promise.reject(new Error("settings gone")) });
    await act(async () => {
      await state().importFile(csvFile(2));
    });
    expect(state().noticeKind).toBe("error");
    expect(state().notice).toContain("settings gone");
  });
});
