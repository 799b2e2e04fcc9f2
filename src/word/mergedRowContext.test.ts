import { scanSnapshot } from "../core/placeholders/scan";
import { buildDocument } from "../simword/build";
import { mergeCells } from "../simword/model/merge";
import { installSimDocument } from "./testing";

// office-js issue 3200: loading TableCell.cellIndex of a vertically merged cell fails the whole batch
// (GeneralException), as the simulated host now does. The scan finds each cell in its row by its text instead.
describe("row context beside vertically merged cells", () => {
  it("scans a table whose first column is merged down (a common 公文 layout) and keeps each row's label", async () => {
    const doc = buildDocument({
      blocks: ["正文", { table: [["就业", "城镇新增就业", "X万人"], ["", "失业率", "X%"], ["收入", "居民收入增长", "X%"]] }],
    });
    const table = doc.body.tables()[0]!;
    expect(typeof mergeCells(table, 0, 0, 1, 0)).not.toBe("string");
    const { host } = installSimDocument(doc);
    const snap = await host.read();
    const found = scanSnapshot(snap).placeholders.map((p) => [p.text + p.unit, p.rowContext]);
    expect(found).toEqual([
      ["X万人", "就业；城镇新增就业"],
      ["X%", "失业率"],
      ["X%", "收入；居民收入增长"],
    ]);
  });
});
