import { harness } from "./harness";

// Office on the web limits a request and a response to 5 MB
// (https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization).
// The size counted is Office's request shape — every command an Action naming an ObjectPath, every object created
// an ObjectPath entry — not a bare list of the commands, so per-command overhead counts as it does in Word.
describe("request and response sizes in Office's request format", () => {
  it("counts an Action and an ObjectPath per created object, well over the bare arguments", async () => {
    const h = harness(["甲"]);
    await h.Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      for (let i = 0; i < 100; i += 1) p.insertText("", "End");
      await context.sync();
    });
    const [sync] = h.host.stats.syncs;
    expect(sync?.commands).toBe(101);
    expect(sync?.requestBytes).toBeGreaterThan(101 * 2 * 60);
  });

  it("counts each loaded value once in a Results entry of the response", async () => {
    const h = harness(["字".repeat(1000)]);
    await h.Word.run(async (context) => {
      context.document.body.paragraphs.load("items/text");
      await context.sync();
    });
    const bytes = h.host.stats.syncs[0]?.responseBytes ?? 0;
    expect(bytes).toBeGreaterThan(3000);
    expect(bytes).toBeLessThan(3200);
  });
});
