import { type Theme, webDarkTheme, webLightTheme } from "@fluentui/react-components";

/** Follows Office's theme: a dark pane when Office's body background is dark (officeTheme exists in Office 2016+). */
export function themeFor(officeTheme: { bodyBackgroundColor?: string } | undefined): Theme {
  const hex = officeTheme?.bodyBackgroundColor?.replace("#", "");
  if (!hex || hex.length < 6) return webLightTheme;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const luminance = (0.299 * (r ?? 255) + 0.587 * (g ?? 255) + 0.114 * (b ?? 255)) / 255;
  return luminance < 0.5 ? webDarkTheme : webLightTheme;
}
