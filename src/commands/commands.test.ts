import { type CommandEvent, type CommandProblem, type OfficeForCommands, registerViewCommands } from "./commands";
import type { RequestedView } from "./viewRequests";

function fakeOffice(sharedRuntime: boolean, show: () => Promise<void> = () => Promise.resolve()) {
  const handlers = new Map<string, (event: CommandEvent) => void>();
  const log: string[] = [];
  const office: OfficeForCommands = {
    actions: { associate: (name, handler) => void handlers.set(name, handler) },
    addin: {
      showAsTaskpane: () => {
        log.push("show");
        return show();
      },
    },
    context: { requirements: { isSetSupported: (name, v) => sharedRuntime && name === "SharedRuntime" && v === "1.1" } },
  };
  return { office, handlers, log };
}

const click = async (handler: ((event: CommandEvent) => void) | undefined, log: string[]) => {
  const done = new Promise<void>((resolve) => handler?.({ completed: () => (log.push("completed"), resolve()) }));
  await done;
};

describe("the ribbon's view buttons (shared runtime)", () => {
  it("register nothing where SharedRuntime 1.1 is missing (Word then shows no DraftKit buttons)", () => {
    const { office, handlers } = fakeOffice(false);
    expect(registerViewCommands(office)).toBe(false);
    expect(handlers.size).toBe(0);
  });

  it("ask the pane for the button's view before showing it, then complete the command", async () => {
    const { office, handlers, log } = fakeOffice(true);
    const request = (view: RequestedView) => void log.push(`view:${view}`);
    expect(registerViewCommands(office, () => undefined, request)).toBe(true);
    expect([...handlers.keys()].sort()).toEqual(["showAudit", "showFill", "showSections"]);
    await click(handlers.get("showAudit"), log);
    await click(handlers.get("showSections"), log);
    expect(log).toEqual(["view:audit", "show", "completed", "view:sections", "show", "completed"]);
  });

  it("report a pane that Word would not show (pane_not_shown), keep the view asked for, and still complete", async () => {
    const { office, handlers, log } = fakeOffice(true, () => Promise.reject(new Error("ignored for Marketplace add-ins")));
    const problems: CommandProblem[] = [];
    registerViewCommands(office, (p) => problems.push(p), (view) => void log.push(`view:${view}`));
    await click(handlers.get("showFill"), log);
    expect(log).toEqual(["view:fill", "show", "completed"]);
    expect(problems).toEqual([expect.objectContaining({ code: "pane_not_shown", view: "fill", detail: "ignored for Marketplace add-ins" })]);
    expect(problems[0]?.message).toMatch(/公文助手/);
  });
});
