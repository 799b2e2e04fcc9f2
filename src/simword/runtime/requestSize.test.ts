import type { Command } from "./context";
import { jsonBytes } from "./jsonBytes";
import { officeRequest, requestBytes, responseBytes } from "./requestSize";

const utf8Length = (s: string): number => new TextEncoder().encode(s).length;

const command = (id: number, op: Command["op"], target: number, name: string, args: unknown): Command => ({ id, op, target, name, args, run: () => undefined });

describe("requestBytes", () => {
  it("weighs a batch exactly as the request Office would send, without building it", () => {
    const batches: Command[][] = [
      [],
      [command(1, "load", 3, "Paragraph", { paths: ["items/text"] })],
      [
        command(1, "create", 2, "search", { args: ["城镇新增就业X万", { matchCase: true }], result: 17 }),
        command(2, "method", 17, "insertText", ["12.5", "Replace"]),
        command(3, "set", 17, "tag", "dk:a1b2"),
        command(12, "create", 17, "getRange", { args: undefined, result: 1234 }),
        command(13, "trace", 0, "trace", "第 3 步 “引号” 😀"),
        command(104, "method", 9, "insertContentControl", undefined),
        command(105, "load", 9, "Range", { paths: [], top: 10 }),
      ],
    ];
    for (const batch of batches) expect(requestBytes(batch)).toBe(utf8Length(officeRequest(batch)));
  });

  it("weighs a response exactly as its whole JSON, value by value", () => {
    const sets: unknown[][] = [[], ["甲乙丙"], [{ items: [{ text: "城镇新增就业X万", isNullObject: false }] }, "x".repeat(100), 3, null, { a: undefined }, ["😀", "字"]]];
    const whole = (results: unknown[]) => utf8Length(JSON.stringify({ Results: results.map((Value, i) => ({ ActionId: i + 1, Value })) }));
    for (const results of sets) expect(responseBytes(results)).toBe(whole(results));
  });

  it("counts characters outside the Basic Multilingual Plane as four bytes", () => {
    expect(jsonBytes("a字😀")).toBe(2 + 1 + 3 + 4);
  });
});
