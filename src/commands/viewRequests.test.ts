import { onViewRequest, requestView } from "./viewRequests";

describe("view requests from the ribbon to the pane", () => {
  it("hands a request made before the pane listens to the first listener, once (a cold start opens on that view)", () => {
    requestView("audit");
    const first: string[] = [];
    const stopFirst = onViewRequest((v) => first.push(v));
    const second: string[] = [];
    const stopSecond = onViewRequest((v) => second.push(v));
    expect(first).toEqual(["audit"]);
    expect(second).toEqual([]);
    stopFirst();
    stopSecond();
  });

  it("delivers later requests to every listener until it stops listening", () => {
    const seen: string[] = [];
    const stop = onViewRequest((v) => seen.push(v));
    requestView("sections");
    requestView("fill");
    stop();
    requestView("audit");
    expect(seen).toEqual(["sections", "fill"]);
    const late: string[] = [];
    onViewRequest((v) => late.push(v))();
    expect(late).toEqual(["audit"]);
  });
});
