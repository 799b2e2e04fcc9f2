import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { SectionParams } from "../../../core/sections/params";
import { blockText, renderSection } from "../../../core/sections/render";
import type { Section } from "../../../core/sections/schema";

const useStyles = makeStyles({
  box: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: "4px", padding: "8px", maxHeight: "240px", overflowY: "auto", fontFamily: "FangSong, 仿宋, serif" },
  h1: { fontFamily: "SimHei, 黑体, sans-serif", display: "block" },
  h2: { fontFamily: "KaiTi, 楷体, serif", display: "block" },
  body: { display: "block", textIndent: "2em" },
  ph: { background: tokens.colorPaletteYellowBackground2 },
});

/** The section as it will be inserted with the current parameters; placeholders are highlighted. */
export function SectionPreview({ section, params }: { section: Section; params: SectionParams }) {
  const styles = useStyles();
  return (
    // focusable, so that its scrolled text can be read with the keyboard; its text is document content, in Chinese
    <div className={styles.box} data-testid="section-preview" tabIndex={0} role="region" aria-label={section.title} lang="zh-CN">
      {renderSection(section, params).map((b, i) => {
        const text = blockText(b);
        const parts: React.ReactNode[] = [];
        let at = 0;
        for (const ph of b.placeholders) {
          parts.push(text.slice(at, ph.start), <mark key={ph.start} className={styles.ph}>{ph.text}</mark>);
          at = ph.end;
        }
        parts.push(text.slice(at));
        return (
          <Text key={i} className={b.role === "h1" ? styles.h1 : b.role === "h2" ? styles.h2 : styles.body}>
            {parts}
          </Text>
        );
      })}
    </div>
  );
}
