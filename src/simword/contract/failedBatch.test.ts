import { bodyTexts, harness } from "./harness";

// https://learn.microsoft.com/en-us/javascript/api/office/officeextension.error — traceMessages: "If there was an
// error, this contains all trace messages that were executed before the error occurred"; its example shows a batch
// whose commands before the failing one stay applied. Word does not roll a failed batch back.
describe("a failed sync keeps what ran before the failure (OfficeExtension.Error)", () => {
  it("applies the commands before the failing one, drops those after, and lists the traces executed", async () => {
    const h = harness(["甲", "乙", "丙"]);
    h.host.injectFault("insertText", 1);
    const error = await h.Word.run(async (context) => {
      const ps = context.document.body.paragraphs.load("items");
      await context.sync();
      ps.items.forEach((p, i) => {
        p.insertText("改", "End");
        context.trace(`done ${i}`);
      });
      await context.sync();
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "GeneralException", traceMessages: ["done 0"] });
    expect(bodyTexts(h)).toEqual(["甲改", "乙", "丙"]);
  });

  it("keeps a tracking mode set earlier in the failed batch", async () => {
    const h = harness(["甲"]);
    h.host.injectFault("insertText");
    await h.Word.run(async (context) => {
      context.document.changeTrackingMode = "TrackAll";
      context.document.body.paragraphs.getFirst().insertText("改", "End");
      context.document.changeTrackingMode = "Off";
      await context.sync();
    }).catch(() => undefined);
    expect(h.host.doc.changeTrackingMode).toBe("TrackAll");
  });
});
