import type { Locale } from "../i18n/strings";
import { ProblemBar } from "./ProblemBar";
import { renderedText } from "../testing/renderedText";

async function shown(locale: Locale, code: string, message: string): Promise<string> {
  return renderedText(locale, <ProblemBar code={code} message={message} />, '[data-testid="problem"]');
}

describe("a problem shown in the pane", () => {
  it("words the pane's own session problems in English in en-US, with the code", async () => {
    expect(await shown("en-US", "restore_timeout", "读取文档超时，未恢复上次的工作")).toContain("Reading the document took too long; your last work was not restored (restore_timeout)");
  });

  it("keeps the given message in zh-CN, and for problems the pane does not word itself", async () => {
    expect(await shown("zh-CN", "restore_timeout", "读取文档超时，未恢复上次的工作")).toContain("读取文档超时，未恢复上次的工作");
    expect(await shown("en-US", "not_number", "Value must be a number")).toContain("Value must be a number (not_number)");
  });
});
