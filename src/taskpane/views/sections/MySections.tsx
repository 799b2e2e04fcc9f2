import { Button, Input, Text, makeStyles } from "@fluentui/react-components";
import { useState } from "react";
import { ZodError } from "zod";
import { zodMessage, zodMessageEn } from "../../../core/table/io/zodMessage";
import { MAX_LIBRARY_CHARS, serializeLibrary, sectionFromSelection } from "../../../core/sections/userLibrary";
import { useLocale } from "../../i18n/LocaleContext";
import { categoryFromLabel, categoryLabel } from "../../i18n/terms";
import { useHost } from "../../shell/HostContext";
import { FileButton } from "../../shell/FileButton";
import type { ExportOutcome } from "../../export/saveFile";
import { ExportNotice } from "../../shell/ExportNotice";
import { ProblemBar } from "../../shell/ProblemBar";
import { download } from "../fill/download";
import type { useUserSections } from "./useUserSections";

/** The category the drafter's sections fall in unless given another; stored in Chinese, shown in the pane's language. */
const MINE = "我的章节";

const useStyles = makeStyles({ row: { display: "flex", flexWrap: "wrap", gap: "6px", alignItems: "center" } });

/** Saving the selection as a section, and importing/exporting the drafter's own library. */
export function MySections({ mine }: { mine: ReturnType<typeof useUserSections> }) {
  const { t, locale } = useLocale();
  const styles = useStyles();
  const host = useHost();
  const [title, setTitle] = useState("");
  const [category, setCategory] = useState(categoryLabel(MINE, locale));
  const [notice, setNotice] = useState("");
  const [failure, setFailure] = useState("");
  const [exported, setExported] = useState<ExportOutcome | undefined>();

  const saveSelection = async () => {
    setFailure("");
    try {
      const blocks = await host.selectionBlocks();
      if (blocks.length === 0) throw new Error(t("secSelectionEmpty"));
      // the default category, in whichever language it is shown, is stored as the one 我的章节
      const cat = categoryFromLabel(category) || MINE;
      const s = sectionFromSelection(blocks, title.trim() || blocks[0]?.text.slice(0, 20) || categoryLabel(MINE, locale), cat, `user-${Date.now().toString(36)}`);
      // A failed save shows its problem below and keeps the title typed, so nothing is lost.
      setNotice("");
      if (!mine.save([...mine.sections, s])) return;
      setNotice(t("secSaved", { t: s.title }));
      setTitle("");
    } catch (e) {
      setFailure(e instanceof ZodError ? (locale === "en-US" ? e.issues.map(zodMessageEn).join("; ") : e.issues.map(zodMessage).join("；")) : e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <div data-testid="my-sections">
      <Text weight="semibold" block>
        {t("secMineCount", { n: mine.sections.length })}
      </Text>
      <div className={styles.row}>
        <Input size="small" placeholder={t("secNewTitle")} value={title} onChange={(_, d) => setTitle(d.value)} data-testid="new-section-title" />
        <Input size="small" style={{ width: "90px" }} placeholder={t("secNewCategory")} value={category} onChange={(_, d) => setCategory(d.value)} />
        <Button size="small" onClick={() => void saveSelection()} data-testid="save-selection">
          {t("secSaveSelection")}
        </Button>
      </div>
      <div className={styles.row}>
        <FileButton
          accept=".json"
          onFile={(f) => {
            setNotice("");
            setFailure("");
            // Refused by size before reading: parseLibrary would refuse it anyway, after holding it in memory.
            if (f.size > MAX_LIBRARY_CHARS * 4) {
              setFailure(t("secLibraryTooLarge", { f: f.name, mb: (f.size / 1048576).toFixed(1) }));
              return;
            }
            f.text().then((text) => mine.importText(text, (c) => t("secImportedCount", c)), (e: unknown) => setFailure(e instanceof Error ? e.message : String(e)));
          }}
          testId="sections-file"
        >
          {t("secImport")}
        </FileButton>
        <Button size="small" disabled={mine.sections.length === 0} onClick={() => void download(new TextEncoder().encode(serializeLibrary(mine.sections)), `${t("secMine")}.json`, "application/json").then(setExported, (e: unknown) => setFailure(e instanceof Error ? e.message : String(e)))}>
          {t("secExport")}
        </Button>
      </div>
      {(notice || mine.notice) && mine.problems.length === 0 && <Text size={200}>{notice || mine.notice}</Text>}
      {failure && <ProblemBar code="save_failed" message={failure} />}
      <ExportNotice outcome={exported} />
      {mine.problems.map((p, i) => (
        <ProblemBar key={i} code={p.code} message={locale === "en-US" ? p.messageEn : p.message} />
      ))}
    </div>
  );
}
