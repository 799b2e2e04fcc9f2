import { Text } from "@fluentui/react-components";
import { useLocale } from "../i18n/LocaleContext";

export function SectionsView() {
  const { t } = useLocale();
  return (
    <section data-testid="view-sections" aria-label={t("tabSections")}>
      <Text as="p" block>{t("sectionsIntro")}</Text>
      <Text as="p" block italic>
        {t("sectionsEmpty")}
      </Text>
    </section>
  );
}
