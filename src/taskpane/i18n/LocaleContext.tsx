import { createContext, type ReactNode, useContext, useMemo, useState } from "react";
import { type Locale, type StringKey, catalogs, format } from "./strings";

interface LocaleState {
  locale: Locale;
  setLocale(l: Locale): void;
  t(key: StringKey, values?: Record<string, string | number>): string;
}

const LocaleCtx = createContext<LocaleState | undefined>(undefined);

export function LocaleProvider({ initial, children }: { initial: Locale; children: ReactNode }) {
  const [locale, setLocale] = useState<Locale>(initial);
  const value = useMemo<LocaleState>(
    () => ({ locale, setLocale, t: (key, values) => format(catalogs[locale][key], values ?? {}) }),
    [locale],
  );
  return <LocaleCtx.Provider value={value}>{children}</LocaleCtx.Provider>;
}

export function useLocale(): LocaleState {
  const v = useContext(LocaleCtx);
  if (!v) throw new Error("useLocale outside LocaleProvider");
  return v;
}
