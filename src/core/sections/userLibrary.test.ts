import { bundledSections } from "./library";
import { parseLibrary, sectionFromSelection, sectionFromText, sectionToText, serializeLibrary } from "./userLibrary";

describe("drafters' own sections", () => {
  it("round-trips a library through JSON", () => {
    const r = parseLibrary(serializeLibrary(bundledSections.slice(0, 3)));
    expect(r.ok && r.sections.map((s) => s.id)).toEqual(bundledSections.slice(0, 3).map((s) => s.id));
  });

  it.each([
    ["not json", "{", "bad_json"],
    ["wrong format", '{"format":"x","version":1,"sections":[]}', "bad_shape"],
    ["missing title", '{"format":"draftkit-sections","version":1,"sections":[{"id":"a","category":"c","blocks":[{"role":"body","text":"t"}]}]}', "bad_shape"],
    ["empty blocks", '{"format":"draftkit-sections","version":1,"sections":[{"id":"a","title":"t","category":"c","blocks":[]}]}', "bad_shape"],
    ["bad role", '{"format":"draftkit-sections","version":1,"sections":[{"id":"a","title":"t","category":"c","blocks":[{"role":"x","text":"t"}]}]}', "bad_shape"],
    ["bad id", '{"format":"draftkit-sections","version":1,"sections":[{"id":"A B","title":"t","category":"c","blocks":[{"role":"body","text":"t"}]}]}', "bad_shape"],
  ])("refuses %s with a located zh-CN problem", (_l, text, code) => {
    const r = parseLibrary(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems[0]?.code).toBe(code);
      expect(r.problems[0]?.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("refuses duplicate ids", () => {
    const one = { id: "a", title: "t", category: "c", blocks: [{ role: "body", text: "t" }] };
    const r = parseLibrary(JSON.stringify({ format: "draftkit-sections", version: 1, sections: [one, one] }));
    expect(r).toMatchObject({ ok: false, problems: [{ code: "duplicate_id", section: 2 }] });
  });

  it("makes a section from selected paragraphs, dropping heading numbers", () => {
    const s = sectionFromSelection([{ role: "h1", text: "三、抓落实" }, { role: "body", text: "要抓好{{全}}工作。" }], "抓落实", "重点任务", "user-1");
    expect(s.blocks).toEqual([{ role: "h1", text: "抓落实" }, { role: "body", text: "要抓好{{全}}工作。" }]);
  });
});

describe("editing a section as text", () => {
  it("keeps heading levels through a text round trip and applies the edit", () => {
    const s = sectionFromSelection([{ role: "h1", text: "抓落实" }, { role: "h2", text: "要带头" }, { role: "body", text: "正文" }], "抓落实", "重点任务", "user-1");
    const edited = sectionFromText(s, "抓好落实", "作风建设", `${sectionToText(s)}\n新增一段`);
    expect(edited).toMatchObject({ id: "user-1", title: "抓好落实", category: "作风建设" });
    expect(edited.blocks.map((b) => [b.role, b.text])).toEqual([["h1", "抓落实"], ["h2", "要带头"], ["body", "正文"], ["body", "新增一段"]]);
  });

  it("refuses an empty section", () => {
    const s = sectionFromSelection([{ role: "body", text: "正文" }], "a", "b", "user-2");
    expect(() => sectionFromText(s, "a", "b", "  \n ")).toThrow();
  });
});
