/** Built-in style identifiers (Word.BuiltInStyleName) and the English style names Word reports for them. */
const names: Record<string, string> = {
  Normal: "Normal",
  Title: "Title",
  Subtitle: "Subtitle",
  Heading1: "Heading 1",
  Heading2: "Heading 2",
  Heading3: "Heading 3",
  Heading4: "Heading 4",
  ListParagraph: "List Paragraph",
  Quote: "Quote",
};

export function styleNameOf(builtIn: string): string {
  return names[builtIn] ?? builtIn;
}

export function builtInOf(styleName: string): string {
  const hit = Object.entries(names).find(([, n]) => n === styleName);
  return hit ? hit[0] : "Other";
}

export const knownBuiltIns = (): string[] => Object.keys(names);
