import { Button, FluentProvider, Spinner, Text, type Theme, makeStyles, tokens } from "@fluentui/react-components";
import { type ComponentType, Suspense, lazy, useEffect, useState } from "react";
import type { DocumentHost } from "../core/host";
import { LocaleProvider, useLocale } from "./i18n/LocaleContext";
import type { Locale } from "./i18n/strings";
import { ErrorBoundary } from "./shell/ErrorBoundary";
import { HostProvider } from "./shell/HostContext";
import { ProblemBar } from "./shell/ProblemBar";
import { SessionProvider, useSession } from "./shell/SessionContext";
import { Tabs } from "./shell/Tabs";
import { useViewRequests } from "./shell/useViewRequests";

export type ViewId = "sections" | "fill" | "audit";
export const viewIds: readonly ViewId[] = ["sections", "fill", "audit"];

// Each view is its own chunk, loaded when its tab is first opened (the section gallery's data, the audit's rules and
// the table editor stay out of the pane's initial JavaScript). A view stays mounted afterwards, hidden, so switching
// tabs keeps its scan, ticks and search text.
const views: Record<ViewId, ComponentType> = {
  sections: lazy(() => import(/* webpackChunkName: "view-sections" */ "./views/SectionsView").then((m) => ({ default: m.SectionsView }))),
  fill: lazy(() => import(/* webpackChunkName: "view-fill" */ "./views/FillView").then((m) => ({ default: m.FillView }))),
  audit: lazy(() => import(/* webpackChunkName: "view-audit" */ "./views/AuditView").then((m) => ({ default: m.AuditView }))),
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "8px", padding: "12px", minHeight: "100%", boxSizing: "border-box", minWidth: 0, overflowWrap: "anywhere" },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: "8px", flexWrap: "wrap" },
  body: { display: "flex", flexDirection: "column", gap: "8px", minWidth: 0 },
  footer: { marginTop: "auto", color: tokens.colorNeutralForeground3 },
});

function Views({ view }: { view: ViewId }) {
  const { t } = useLocale();
  const session = useSession();
  const [opened, setOpened] = useState<ViewId[]>([view]);
  useEffect(() => {
    setOpened((o) => (o.includes(view) ? o : [...o, view]));
    session.save({ view });
  }, [view, session]);
  return (
    <>
      {session.problem && <ProblemBar code={session.problem.code} message={session.problem.message} />}
      {viewIds
        .filter((id) => opened.includes(id))
        .map((id) => {
          const View = views[id];
          return (
            <div key={id} hidden={id !== view} data-view={id} role="tabpanel" id={`panel-${id}`} aria-labelledby={`tab-${id}`}>
              <Suspense fallback={<Spinner size="tiny" label={t("working")} />}>
                <View />
              </Suspense>
            </div>
          );
        })}
    </>
  );
}

function Pane({ initialView, host }: { initialView: ViewId; host: DocumentHost }) {
  const { t, locale, setLocale } = useLocale();
  const [view, setView] = useState<ViewId>(initialView);
  useViewRequests(setView);
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <div className={styles.header}>
        <Text as="h1" weight="semibold" size={500}>
          {t("appTitle")}
        </Text>
        {/* two languages: one button switching to the other (a dropdown's popup code would weigh on start-up) */}
        <Button
          size="small"
          appearance="subtle"
          aria-label={`${t("language")}: ${locale === "zh-CN" ? "English" : "中文"}`}
          onClick={() => setLocale(locale === "zh-CN" ? "en-US" : "zh-CN")}
          data-testid="language"
          lang={locale === "zh-CN" ? "en" : "zh-CN"}
        >
          {locale === "zh-CN" ? "English" : "中文"}
        </Button>
      </div>
      <Tabs<ViewId>
        label={t("appTitle")}
        selected={view}
        onSelect={setView}
        tabs={[
          { id: "sections", label: t("tabSections") },
          { id: "fill", label: t("tabFill") },
          { id: "audit", label: t("tabAudit") },
        ]}
      />
      <ErrorBoundary title={t("errorTitle")} retry={t("errorRetry")}>
        <HostProvider host={host}>
          <SessionProvider fallback={<Spinner size="tiny" label={t("restoring")} data-testid="restoring" />}>
            <div className={styles.body}>
              <Views view={view} />
            </div>
          </SessionProvider>
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
    <FluentProvider theme={theme} style={{ height: "100%" }} lang={locale}>
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
