import { harness } from "./harness";

// ContentControl.title is limited to 64 characters in Word's UI; no tag limit is documented
// (https://learn.microsoft.com/en-us/javascript/api/word/word.contentcontrol#word-word-contentcontrol-tag). The
// simulation applies the harsher limit to both; the Word probe writes a long tag to record what real Word accepts.
describe("content-control tag and title length (harsher reading of undocumented limits)", () => {
  it("accepts 64 characters and fails a 65-character tag or title with InvalidArgument", async () => {
    for (const name of ["tag", "title"] as const) {
      const h = harness(["新增X万"]);
      await h.Word.run(async (context) => {
        context.document.body.search("X").getFirst().insertContentControl()[name] = "a".repeat(64);
        await context.sync();
      });
      const k = harness(["新增X万"]);
      await expect(
        k.Word.run(async (context) => {
          context.document.body.search("X").getFirst().insertContentControl()[name] = "a".repeat(65);
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: "InvalidArgument" });
    }
  });
});

// Office.Settings are saved into the document with a size limit that is not precisely documented (about 2 MB:
// https://learn.microsoft.com/en-us/answers/questions/340861/document-settings-size-limit). saveAsync reports
// Failed through its AsyncResult (https://learn.microsoft.com/en-us/javascript/api/office/office.settings#office-office-settings-saveasync-member(1));
// the values stay set in memory.
describe("settings.saveAsync failures", () => {
  const save = (settings: Office.Settings) => new Promise<Office.AsyncResult<void>>((resolve) => settings.saveAsync(resolve));

  it("fails above the size limit and keeps the value in memory", async () => {
    const h = harness(["甲"], { settingsLimitChars: 1000 });
    const settings = h.Office.context.document.settings;
    settings.set("big", "字".repeat(2000));
    const r = await save(settings);
    expect(r.status).toBe("failed");
    expect(r.error.message).toBeTruthy();
    expect(settings.get("big")).toHaveLength(2000);
    settings.remove("big");
    expect((await save(settings)).status).toBe("succeeded");
  });

  it("fails once when a test injects the fault", async () => {
    const h = harness(["甲"]);
    h.host.injectFault("settings.saveAsync");
    const settings = h.Office.context.document.settings;
    expect((await save(settings)).status).toBe("failed");
    expect((await save(settings)).status).toBe("succeeded");
  });
});
