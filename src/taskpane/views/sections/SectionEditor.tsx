import { Button, Input, Textarea, makeStyles } from "@fluentui/react-components";
import { useState } from "react";
import { ZodError } from "zod";
import type { Section } from "../../../core/sections/schema";
import { sectionFromText, sectionToText } from "../../../core/sections/userLibrary";
import { zodMessageEn } from "../../../core/table/io/zodMessage";
import { useLocale } from "../../i18n/LocaleContext";
import { categoryFromLabel, categoryLabel } from "../../i18n/terms";
import { ProblemBar } from "../../shell/ProblemBar";

const useStyles = makeStyles({ col: { display: "flex", flexDirection: "column", gap: "4px" } });

/** Editing one of the drafter's own sections: name, category and text (one paragraph per line). */
export function SectionEditor({ section, onSave }: { section: Section; onSave(s: Section): void }) {
  const { t, locale } = useLocale();
  const styles = useStyles();
  const [title, setTitle] = useState(section.title);
  const [category, setCategory] = useState(categoryLabel(section.category, locale));
  const [text, setText] = useState(sectionToText(section));
  const [problem, setProblem] = useState("");
  const save = () => {
    try {
      onSave(sectionFromText(section, title, categoryFromLabel(category), text));
      setProblem("");
    } catch (e) {
      setProblem(e instanceof ZodError ? (locale === "en-US" ? e.issues.map(zodMessageEn).join("; ") : e.issues.map((i) => i.message).join("；")) : String(e));
    }
  };
  return (
    <div className={styles.col} data-testid="section-editor">
      <Input size="small" value={title} onChange={(_, d) => setTitle(d.value)} aria-label={t("secNewTitle")} lang="zh-CN" />
      <Input size="small" value={category} onChange={(_, d) => setCategory(d.value)} aria-label={t("secNewCategory")} />
      <Textarea resize="vertical" rows={6} value={text} onChange={(_, d) => setText(d.value)} aria-label={t("secText")} lang="zh-CN" />
      {problem && <ProblemBar code="bad_section" message={problem} />}
      <Button size="small" appearance="primary" onClick={save} data-testid="section-save">
        {t("secSave")}
      </Button>
    </div>
  );
}
