/** The preview's choice of document: the sample speech or a blank page (the page reloads with ?doc=blank). */
export function DocChoice({ current, en }: { current: "sample" | "blank"; en: boolean }) {
  const open = (doc: "sample" | "blank") => {
    const params = new URLSearchParams(location.search);
    if (doc === "blank") params.set("doc", "blank");
    else params.delete("doc");
    location.search = params.toString();
  };
  return (
    <div className="dk-docbar" data-testid="doc-choice">
      <button type="button" aria-pressed={current === "sample"} onClick={() => open("sample")} data-testid="open-sample">
        {en ? "Open sample document" : "打开示例文档"}
      </button>
      <button type="button" aria-pressed={current === "blank"} onClick={() => open("blank")} data-testid="open-blank">
        {en ? "Open blank document" : "打开空白文档"}
      </button>
    </div>
  );
}
