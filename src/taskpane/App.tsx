import {
  Dropdown,
  FluentProvider,
  Option,
  Tab,
  TabList,
  Text,
  type Theme,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { DocumentHost } from "../core/host";
import { LocaleProvider, useLocale } from "./i18n/LocaleContext";
import type { Locale } from "./i18n/strings";
import { ErrorBoundary } from "./shell/ErrorBoundary";
import { HostProvider } from "./shell/HostContext";
import { AuditView } from "./views/AuditView";
import { FillView } from "./views/FillView";
import { SectionsView } from "./views/SectionsView";

export type ViewId = "sections" | "fill" | "audit";
export const viewIds: readonly ViewId[] = ["sections", "fill", "audit"];

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "8px", padding: "12px", minHeight: "100%", boxSizing: "border-box" },
  header: { display: "flex", alignItems: "baseline", justifyContent: "space-between", gap: "8px" },
  body: { display: "flex", flexDirection: "column", gap: "8px" },
  footer: { marginTop: "auto", color: tokens.colorNeutralForeground3 },
});

function Pane({ initialView, host }: { initialView: ViewId; host: DocumentHost }) {
  const { t, locale, setLocale } = useLocale();
  const [view, setView] = useState<ViewId>(initialView);
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <div className={styles.header}>
        <Text as="h1" weight="semibold" size={500}>
          {t("appTitle")}
        </Text>
        <Dropdown
          aria-label={t("language")}
          size="small"
          value={locale === "zh-CN" ? "中文" : "English"}
          selectedOptions={[locale]}
          onOptionSelect={(_, d) => setLocale(d.optionValue as Locale)}
          data-testid="language"
          style={{ minWidth: "90px" }}
        >
          <Option value="zh-CN">中文</Option>
          <Option value="en-US">English</Option>
        </Dropdown>
      </div>
      <TabList selectedValue={view} onTabSelect={(_, d) => setView(d.value as ViewId)}>
        <Tab value="sections" data-testid="tab-sections">
          {t("tabSections")}
        </Tab>
        <Tab value="fill" data-testid="tab-fill">
          {t("tabFill")}
        </Tab>
        <Tab value="audit" data-testid="tab-audit">
          {t("tabAudit")}
        </Tab>
      </TabList>
      <ErrorBoundary title={t("errorTitle")} retry={t("errorRetry")}>
        <HostProvider host={host}>
          <div className={styles.body}>
            {view === "sections" && <SectionsView />}
            {view === "fill" && <FillView />}
            {view === "audit" && <AuditView />}
          </div>
        </HostProvider>
      </ErrorBoundary>
      <Text size={200} className={styles.footer}>
        {t("hostLabel")}: {host.capabilities().label}
      </Text>
    </div>
  );
}

export interface AppProps {
  host: DocumentHost;
  theme: Theme;
  locale: Locale;
  initialView: ViewId;
}

export function App({ host, theme, locale, initialView }: AppProps) {
  return (
    <FluentProvider theme={theme} style={{ height: "100%" }}>
      <LocaleProvider initial={locale}>
        <Pane initialView={initialView} host={host} />
      </LocaleProvider>
    </FluentProvider>
  );
}

export function viewFromQuery(search: string): ViewId {
  const v = new URLSearchParams(search).get("view");
  return viewIds.includes(v as ViewId) ? (v as ViewId) : "fill";
}
