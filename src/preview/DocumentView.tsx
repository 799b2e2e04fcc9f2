import { useEffect, useReducer, useRef } from "react";
import type { SimDocument } from "../simword/model/document";
import { type Block, type SimContainer, SimParagraph } from "../simword/model/nodes";
import { selectionFromDom } from "./caret";
import { paragraphSegments } from "./segments";

const families: Record<string, string> = {
  "仿宋_GB2312": '"FangSong_GB2312", FangSong, "仿宋", STFangsong, "WenQuanYi Zen Hei", serif',
  "楷体_GB2312": '"KaiTi_GB2312", KaiTi, "楷体", STKaiti, "WenQuanYi Zen Hei", serif',
  黑体: 'SimHei, "黑体", "WenQuanYi Zen Hei", sans-serif',
  方正小标宋简体: '"FZXiaoBiaoSong-B05S", "方正小标宋简体", SimSun, "WenQuanYi Zen Hei", serif',
};
const familyOf = (name: string): string => families[name] ?? `"${name}", SimSun, "WenQuanYi Zen Hei", serif`;
const align = { Left: "left", Centered: "center", Right: "right", Justified: "justify" } as const;

/** The body paragraph 插入 puts sections after: the one holding the end of the selection. */
function insertionParagraph(doc: SimDocument): SimParagraph | undefined {
  const end = doc.selection?.end.para;
  return end && end.parent.kind === "body" ? end : undefined;
}

function Paragraph({ doc, p, insertAfter }: { doc: SimDocument; p: SimParagraph; insertAfter: boolean }) {
  const f = p.format;
  const style: React.CSSProperties = {
    margin: 0,
    textAlign: align[f.alignment as keyof typeof align] ?? "left",
    textIndent: `${f.firstLineIndent}pt`,
    marginLeft: `${f.leftIndent}pt`,
    lineHeight: `${Math.max(f.lineSpacing, p.font.size * 1.2)}pt`,
    fontFamily: familyOf(p.font.name),
    fontSize: `${p.font.size}pt`,
    fontWeight: p.font.bold ? 700 : 400,
    color: p.font.color,
    minHeight: "1em",
  };
  return (
    <p style={style} data-paragraph={p.id} data-style={f.styleBuiltIn} className={insertAfter ? "dk-insert-after" : undefined}>
      {paragraphSegments(doc, p).map((s, i) => {
        let node: React.ReactNode = s.text || (s.selected ? <span className="dk-caret" data-testid="caret" aria-hidden="true" /> : null);
        if (s.comment) node = <span className="dk-comment">{node}</span>;
        for (const c of s.controls) {
          if (c.appearance === "Hidden") continue;
          node = (
            <span className="dk-cc" style={{ borderColor: c.color }} data-cc-tag={c.tag} title={c.tag}>
              {c.appearance === "Tags" && c.startsHere && (
                <span className="dk-cc-tag" style={{ background: c.color }} data-skip contentEditable={false}>
                  {c.tag}
                </span>
              )}
              {node}
            </span>
          );
        }
        return (
          <span key={i} className={s.selected && s.text ? "dk-selected" : undefined} data-selected={s.selected || undefined} data-from={s.from} data-len={s.text.length}>
            {node}
          </span>
        );
      })}
    </p>
  );
}

function Blocks({ doc, blocks, after }: { doc: SimDocument; blocks: Block[]; after: SimParagraph | undefined }) {
  return (
    <>
      {blocks.map((b) =>
        b instanceof SimParagraph ? (
          <Paragraph key={b.id} doc={doc} p={b} insertAfter={b === after} />
        ) : (
          <table key={b.id} className="dk-table">
            <tbody>
              {b.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell) => (
                    <td key={cell.id}>
                      <Blocks doc={doc} blocks={cell.blocks} after={undefined} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        ),
      )}
    </>
  );
}

function Part({ doc, container, className }: { doc: SimDocument; container: SimContainer; className: string }) {
  if (container.paragraphs().every((p) => p.text === "")) return null;
  return (
    <div className={className}>
      <Blocks doc={doc} blocks={container.blocks} after={undefined} />
    </div>
  );
}

/**
 * Renders the simulated document as a page, re-rendering after every sync so the pane's edits show live. A click
 * places the simulated cursor and a drag selects (mouse or Shift+arrows), as in Word; the insertion point is drawn,
 * and the paragraph that 插入 inserts after is marked.
 */
export function DocumentView({ doc }: { doc: SimDocument }) {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const ref = useRef<HTMLDivElement>(null);
  const fromUser = useRef(false);
  useEffect(() => doc.onChange(rerender), [doc]);
  useEffect(() => {
    // the pane's selections are scrolled into view; the user's own clicks are not moved under the mouse
    if (fromUser.current) {
      fromUser.current = false;
      return;
    }
    ref.current?.querySelector("[data-selected]")?.scrollIntoView({ block: "center" });
  });
  const take = () => {
    if (!ref.current) return;
    fromUser.current = selectionFromDom(doc, ref.current);
  };
  const section = doc.sections[0];
  const after = insertionParagraph(doc);
  return (
    <div
      className="dk-page"
      ref={ref}
      data-testid="document"
      onMouseUp={take}
      onKeyUp={(e) => e.shiftKey && take()}
      role="document"
      aria-label="模拟 Word 文档"
    >
      {section && <Part doc={doc} container={section.headers.Primary} className="dk-header" />}
      <div className="dk-body">
        <Blocks doc={doc} blocks={doc.body.blocks} after={after} />
      </div>
      {section && <Part doc={doc} container={section.footers.Primary} className="dk-footer" />}
    </div>
  );
}
