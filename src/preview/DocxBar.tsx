import { useRef, useState } from "react";
import { type OpenedDocx, openDocx, saveDocx, savedName, textBoxNotice } from "../web/session";

export interface DocxBarProps {
  en: boolean;
  /** the .docx currently shown, if the user opened one */
  opened: OpenedDocx | undefined;
  /** shows an opened document (the caller puts it in a new simulated host and remounts the pane) */
  onOpen: (opened: OpenedDocx) => void;
}

const t = (en: boolean, zh: string, english: string): string => (en ? english : zh);

/** 打开 .docx… / 下载 .docx: the user's own file into the simulated Word, and the edited file back. */
export function DocxBar({ en, opened, onOpen }: DocxBarProps) {
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<{ kind: "error" | "info"; text: string } | undefined>();

  const open = async (f: File | undefined) => {
    if (!f) return;
    const r = openDocx(f.name, new Uint8Array(await f.arrayBuffer()));
    if (!r.ok) {
      setStatus({ kind: "error", text: r.message });
      return;
    }
    const notice = textBoxNotice(r.opened, en);
    setStatus(notice ? { kind: "info", text: notice } : undefined);
    onOpen(r.opened);
  };

  const download = () => {
    if (!opened) return;
    const { bytes, notes } = saveDocx(opened);
    const blob = new Blob([new Uint8Array(bytes)], { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = savedName(opened.name);
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    setStatus(notes.length > 0 ? { kind: "error", text: notes.join(" ") } : { kind: "info", text: t(en, `已下载 ${a.download}`, `Downloaded ${a.download}`) });
  };

  return (
    <div className="dk-docbar dk-docxbar" data-testid="docx-bar">
      <input ref={input} type="file" accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document" hidden data-testid="docx-input" onChange={(e) => void open(e.target.files?.[0]).finally(() => (e.target.value = ""))} />
      <button type="button" onClick={() => input.current?.click()} data-testid="open-docx">
        {t(en, "打开 .docx…", "Open .docx…")}
      </button>
      <button type="button" onClick={download} disabled={!opened} title={opened ? undefined : t(en, "先打开一个 .docx 文件", "Open a .docx file first")} data-testid="download-docx">
        {t(en, "下载 .docx", "Download .docx")}
      </button>
      {opened && <span className="dk-docx-name">{opened.name}</span>}
      {status && (
        <span role={status.kind === "error" ? "alert" : "status"} className={status.kind === "error" ? "dk-docx-error" : "dk-docx-info"} data-testid="docx-status">
          {status.text}
        </span>
      )}
    </div>
  );
}

