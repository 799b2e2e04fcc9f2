import { readFileSync } from "node:fs";
import { join } from "node:path";
import { schemaMessagesEn } from "../../src/core/table/io/zodMessage";

/** The Chinese messages written into the zod schemas: `.min(1, "…")`, `.refine(…, "…")`, `{ invalid_type_error: "…" }`. */
const schemaMessages = (file: string): string[] =>
  [...readFileSync(join(__dirname, "../../src/core", file), "utf8").matchAll(/(?:, |_error: )"([^"]*[\u4e00-\u9fff][^"]*)"(?=\)| })/g)].map((m) => m[1] as string);

describe("the schemas' messages in en-US", () => {
  it.each(["table/schema.ts", "sections/schema.ts"])("every Chinese message in %s has an English text", (file) => {
    const found = schemaMessages(file);
    expect(found.length).toBeGreaterThan(3);
    expect(found.filter((m) => !schemaMessagesEn.includes(m))).toEqual([]);
  });
});
