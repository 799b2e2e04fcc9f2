import { webLightTheme } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { DocumentView } from "../preview/DocumentView";
import { DocxBar } from "../preview/DocxBar";
import type { SimHost } from "../simword/host";
import type { SimDocument } from "../simword/model/document";
import { App, type ViewId } from "../taskpane/App";
import type { Locale } from "../taskpane/i18n/strings";
import { createWordHost } from "../word/wordHost";
import type { OpenedDocx } from "./session";

export interface MountOptions {
  docRoot: HTMLElement;
  paneRoot: HTMLElement;
  /** the simulated Word shown first */
  sim: SimHost;
  /** a simulated Word, configured like the first, over a document opened from a .docx */
  makeHost: (doc: SimDocument) => SimHost;
  locale: Locale;
  label: string;
  initialView: ViewId;
  /** shown above the .docx bar (the preview's sample/blank choice) */
  before?: ReactNode;
}

/**
 * Renders the document beside the real task pane. Opening a .docx puts it in a new simulated Word (installed as
 * the page's Word/Office globals, as office.js would be) and remounts the pane, so nothing of the previous
 * document's scan stays on screen.
 */
export function mountDraftKit(o: MountOptions): void {
  const docReact = createRoot(o.docRoot);
  const paneReact = createRoot(o.paneRoot);
  const en = o.locale === "en-US";
  let generation = 0;
  const show = (sim: SimHost, opened: OpenedDocx | undefined): void => {
    generation += 1;
    sim.install(window as unknown as Record<string, unknown>);
    Object.assign(window, { draftkitPreview: sim });
    docReact.render(
      <>
        {o.before}
        <DocxBar en={en} opened={opened} onOpen={(next) => show(o.makeHost(next.doc), next)} />
        <DocumentView key={generation} doc={sim.doc} />
      </>,
    );
    paneReact.render(<App key={generation} host={createWordHost(o.label)} theme={webLightTheme} locale={o.locale} initialView={o.initialView} />);
  };
  show(o.sim, undefined);
}
