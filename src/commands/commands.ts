import { type RequestedView, requestView } from "./viewRequests";

/**
 * The ribbon's view buttons (manifest.xml: ExecuteFunction actions, function file = taskpane.html in the shared
 * runtime). A button first tells the pane which view to show, then shows the pane: with the pane already open on
 * another view it switches at once; closed, it opens on the view asked for. This replaces three ShowTaskpane buttons
 * sharing one TaskpaneId with different URLs, which Word does not reliably follow once the pane is open
 * (office-js issues 175, 2918, 4737).
 */
export const commandViews: Readonly<Record<string, RequestedView>> = { showSections: "sections", showFill: "fill", showAudit: "audit" };

export interface CommandEvent {
  completed(): void;
}

/** The part of office.js the buttons use (Office.actions, Office.addin: SharedRuntime 1.1). */
export interface OfficeForCommands {
  actions: { associate(name: string, handler: (event: CommandEvent) => void): void };
  addin: { showAsTaskpane(): Promise<void> };
  context: { requirements: { isSetSupported(name: string, minVersion?: string): boolean } };
}

export interface CommandProblem {
  code: "pane_not_shown";
  message: string;
  view: RequestedView;
  detail: string;
}

const report = (problem: CommandProblem): void => console.error(problem);

/**
 * Registers the three view functions. Returns false, registering nothing, where SharedRuntime 1.1 is missing: there
 * Word shows no DraftKit buttons at all (the manifest's VersionOverrides require it), so there is nothing to handle.
 * showAsTaskpane is ignored for add-ins installed from Microsoft Marketplace (since February 2026); DraftKit is
 * deployed centrally or sideloaded, where it applies. If it fails, the view is still set for the next time the pane
 * shows, and the problem is reported, not hidden.
 */
export function registerViewCommands(office: OfficeForCommands, onProblem: (problem: CommandProblem) => void = report, request = requestView): boolean {
  if (!office.context.requirements.isSetSupported("SharedRuntime", "1.1")) return false;
  for (const [name, view] of Object.entries(commandViews)) {
    office.actions.associate(name, (event) => {
      request(view);
      office.addin.showAsTaskpane().then(
        () => event.completed(),
        (e: unknown) => {
          onProblem({ code: "pane_not_shown", message: "Word 未能显示公文起草助手窗格；请从“开始”选项卡的“公文助手”按钮打开。", view, detail: e instanceof Error ? e.message : String(e) });
          event.completed();
        },
      );
    });
  }
  return true;
}
