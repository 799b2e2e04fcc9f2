import { check, texts } from "../testing";
import { pairedPunctuation } from "./pairedPunctuation";

describe("paired-punctuation", () => {
  it("accepts balanced pairs, nested ones included", () => {
    expect(check(pairedPunctuation, ["坚持“民生为本、人才优先”，制定《人社行动计划》（试行）", "“他说：‘好。’”"])).toEqual([]);
  });

  it("reports an unclosed or unopened mark at its position", () => {
    expect(check(pairedPunctuation, ["牢牢把握“民生为本的主线。"]).map((f) => [f.text, f.start])).toEqual([["“", 4]]);
    expect(texts(check(pairedPunctuation, ["制定人社行动计划》"]))).toEqual(["》"]);
    expect(texts(check(pairedPunctuation, ["（一）要带头（秉公用权"]))).toEqual(["（"]);
  });

  it("accepts a quotation running over paragraphs, each opening with “", () => {
    expect(check(pairedPunctuation, ["“第一段引文，", "“第二段引文。”"])).toEqual([]);
  });
});
