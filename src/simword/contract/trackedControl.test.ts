import { harness } from "./harness";

// Text deleted under track changes stays in a range's text (https://github.com/OfficeDev/office-js/issues/1267,
// https://github.com/OfficeDev/office-js/issues/5874); getReviewedText("Current") leaves it out
// (https://learn.microsoft.com/en-us/javascript/api/word/word.contentcontrol, getReviewedText, WordApi 1.4).
// ContentControl.insertText(…, "Replace") replaces the control's contents, so the new text is inside the control; under
// track changes the old text stays there too, as deleted text before it. (Modelled on the untracked contract and
// Word's typing over a selection; not yet confirmed by a recording of real Word — the probe should record it.)
describe("replacing a content control's text under track changes (office-js 1267, 5874)", () => {
  it("keeps deleted and new text in the control; its current text is the new value only", async () => {
    const h = harness(["新增2.35万"]);
    const [raw, now, paragraph] = await h.Word.run(async (context) => {
      const cc = context.document.body.search("2.35").getFirst().insertContentControl();
      await context.sync();
      context.document.changeTrackingMode = "TrackAll";
      cc.insertText("3", "Replace");
      cc.load("text");
      const current = cc.getReviewedText("Current");
      const p = context.document.body.paragraphs.getFirst().getReviewedText("Current");
      await context.sync();
      return [cc.text, current.value, p.value];
    });
    expect([raw, now, paragraph]).toEqual(["2.353", "3", "新增3万"]);
  });
});
