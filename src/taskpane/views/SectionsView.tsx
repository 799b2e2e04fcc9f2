import { Button, Checkbox, Input, Radio, RadioGroup, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { blocksFor } from "../../core/sections/insertion";
import { bundledSections, categories, searchSections } from "../../core/sections/library";
import type { Level } from "../../core/sections/params";
import type { Section } from "../../core/sections/schema";
import { bundledTable } from "../../core/table/bundled";
import { useLocale } from "../i18n/LocaleContext";
import { categoryLabel, levelLabel, sectionTitle } from "../i18n/terms";
import { useHost } from "../shell/HostContext";
import { Busy } from "../shell/Busy";
import { ProblemBar } from "../shell/ProblemBar";
import { useSession } from "../shell/SessionContext";
import { useAsync } from "../shell/useAsync";
import { MySections } from "./sections/MySections";
import { OutlineBuilder } from "./sections/OutlineBuilder";
import { SectionEditor } from "./sections/SectionEditor";
import { SectionPreview } from "./sections/SectionPreview";
import { useUserSections } from "./sections/useUserSections";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "8px", minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", gap: "6px", alignItems: "center", minWidth: 0 },
  filters: { display: "flex", flexWrap: "wrap", gap: "6px", alignItems: "center", minWidth: 0 },
  search: { flex: "1 1 100%", minWidth: 0 },
  category: { flex: "1 1 100%", minWidth: "0" },
  small: { minWidth: "0", width: "96px" },
  year: { width: "70px" },
  list: { maxHeight: "220px", overflowY: "auto", border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: "4px" },
  item: {
    display: "block",
    width: "100%",
    textAlign: "left",
    border: "none",
    background: "transparent",
    padding: "4px 8px",
    cursor: "pointer",
    font: "inherit",
    overflowWrap: "anywhere",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  picked: { background: tokens.colorBrandBackground2 },
});

export function SectionsView() {
  const { t, locale } = useLocale();
  const styles = useStyles();
  const host = useHost();
  const mine = useUserSections();
  const session = useSession();
  const saved = session.restored?.session.sections;
  const library = useMemo(() => [...bundledSections, ...mine.sections], [mine.sections]);
  const [category, setCategory] = useState(saved?.category ?? "");
  const [query, setQuery] = useState(saved?.query ?? "");
  const { save } = session;
  useEffect(() => save({ sections: { query, category } }), [save, query, category]);
  const [level, setLevel] = useState<Level>("市");
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [format, setFormat] = useState<"gongwen" | "document">("gongwen");
  const [generic, setGeneric] = useState(false);
  const [picked, setPicked] = useState<Section | undefined>();
  const [editing, setEditing] = useState(false);
  const [outline, setOutline] = useState<Section[]>([]);
  const [title, setTitle] = useState("");
  const found = searchSections(library, query).filter((s) => !category || s.category === category);
  const params = { level, year: /^\d{4}$/.test(year) ? Number(year) : new Date().getFullYear() };
  const options = { format, fonts: generic ? "generic" : "gb2312" } as const;
  const insert = useAsync(async () => (picked ? host.insertSections(blocksFor([picked], params, bundledTable.rows), options) : 0));
  const insertAll = useAsync(async () => host.insertSections(blocksFor(outline, params, bundledTable.rows, title), options));
  const error = insert.error ?? insertAll.error;
  const done = insertAll.value ?? insert.value;

  return (
    <section data-testid="view-sections" aria-label={t("tabSections")} className={styles.root}>
      <Text as="p" block>
        {t("sectionsIntro")}
      </Text>
      <div className={styles.row}>
        <Text size={200}>{t("secLevel")}</Text>
        <Select size="small" className={styles.small} aria-label={t("secLevel")} value={level} onChange={(_, d) => setLevel(d.value as Level)} data-testid="sec-level">
          {(["市", "县", "区"] as const).map((l) => (
            <option key={l} value={l}>
              {levelLabel(l, locale)}
            </option>
          ))}
        </Select>
        <Text size={200}>{t("secYear")}</Text>
        <Input size="small" className={styles.year} aria-label={t("secYear")} value={year} onChange={(_, d) => setYear(d.value)} data-testid="sec-year" />
      </div>
      <RadioGroup layout="horizontal" value={format} onChange={(_, d) => setFormat(d.value as "gongwen" | "document")}>
        <Radio value="gongwen" label={t("secFormatGongwen")} />
        <Radio value="document" label={t("secFormatDocument")} />
      </RadioGroup>
      {format === "gongwen" && <Checkbox label={t("secFontsGeneric")} checked={generic} onChange={(_, d) => setGeneric(d.checked === true)} />}
      <div className={styles.filters}>
        <Input className={styles.search} placeholder={t("secSearch")} aria-label={t("secSearch")} value={query} onChange={(_, d) => setQuery(d.value)} data-testid="sec-search" />
        {/* a dropdown, not tabs: eight category tabs overflow a 320 px pane */}
        <Select className={styles.category} aria-label={t("secCategory")} value={category} onChange={(_, d) => setCategory(d.value)} data-testid="sec-category">
          <option value="">{t("secAll")}</option>
          {categories(library).map((c) => (
            <option key={c} value={c}>
              {categoryLabel(c, locale)}
            </option>
          ))}
        </Select>
      </div>
      <div className={styles.list}>
        {found.length === 0 && <Text size={200}>{t("secNone")}</Text>}
        {found.map((s) => (
          <button key={s.id} type="button" className={`${styles.item} ${picked?.id === s.id ? styles.picked : ""}`} onClick={() => {
              setPicked(s);
              setEditing(false);
            }} data-testid="section-item" data-id={s.id} aria-pressed={picked?.id === s.id}>
            {sectionTitle(s, locale)}
            <Text size={200}> · {categoryLabel(s.category, locale)}</Text>
          </button>
        ))}
      </div>
      {picked && (
        <>
          <SectionPreview section={picked} params={params} />
          <div className={styles.row}>
            <Button appearance="primary" onClick={() => void insert.run()} disabled={insert.running} data-testid="section-insert">
              {t("secInsert")}
            </Button>
            <Button onClick={() => setOutline([...outline, picked])} data-testid="section-add">
              {t("secAddOutline")}
            </Button>
            {picked.source === "user" && (
              <>
                <Button appearance="subtle" onClick={() => setEditing(!editing)} data-testid="section-edit">
                  {t("secEdit")}
                </Button>
                <Button
                  appearance="subtle"
                  onClick={() => {
                    mine.save(mine.sections.filter((s) => s.id !== picked.id));
                    setPicked(undefined);
                  }}
                >
                  {t("secDelete")}
                </Button>
              </>
            )}
          </div>
          {editing && picked.source === "user" && (
            <SectionEditor
              key={picked.id}
              section={picked}
              onSave={(next) => {
                mine.save(mine.sections.map((s) => (s.id === next.id ? next : s)));
                setPicked(next);
                setEditing(false);
              }}
            />
          )}
        </>
      )}
      {error && <ProblemBar code={(error as { code?: string }).code ?? "host_error"} message={error.message} />}
      <Busy running={insert.running || insertAll.running} label={t("working")} testId="insert-progress" />
      <div role="status" aria-live="polite">
        {done !== undefined && (
          <Text size={200} data-testid="section-inserted">
            {t("secInserted", { n: done })}
          </Text>
        )}
      </div>
      <OutlineBuilder outline={outline} title={title} onTitle={setTitle} onChange={setOutline} onInsert={() => void insertAll.run()} busy={insertAll.running} />
      <MySections mine={mine} />
    </section>
  );
}
