import type { Command } from "./context";
import { jsonBytes } from "./jsonBytes";

/** What a sync weighs in Office's request format, counted the way the 5 MB limit applies to it. */

const actionType = { create: 1, method: 3, set: 4, load: 2, trace: 5 } as const;

/**
 * The request as Office.js sends it (approximately): every command an Action naming an ObjectPath, every object
 * reached a path entry with its parent and arguments — the shape the 5 MB request limit applies to, larger than a
 * bare list of the commands (Office.js RichApi: {"Actions":[…],"ObjectPaths":{…}}).
 */
export function officeRequest(commands: readonly Command[]): string {
  const paths: Record<string, unknown> = {};
  const actions = commands.map((c) => {
    const args = c.op === "create" ? (c.args as { args: unknown }).args : c.args;
    if (c.op === "create") {
      const result = (c.args as { result: number }).result;
      paths[String(result)] = { Id: result, ObjectPathType: 3, Name: c.name, ParentObjectPathId: c.target, ArgumentInfo: { Arguments: args } };
    }
    return { Id: c.id, ActionType: actionType[c.op], Name: c.op === "create" ? "" : c.name, ObjectPathId: c.target, ArgumentInfo: { Arguments: args } };
  });
  return JSON.stringify({ Actions: actions, ObjectPaths: paths });
}

const fixedBytes = (n: number): number => String(n).length;

/**
 * The UTF-8 length of officeRequest(commands), counted piece by piece: only each command's name and arguments are stringified,
 * so a sync of a 1,000-page fill is weighed without building the whole request. requestSize.test.ts holds the two equal.
 */
export function requestBytes(commands: readonly Command[]): number {
  // {"Actions":[…],"ObjectPaths":{…}}
  let n = '{"Actions":[],"ObjectPaths":{}}'.length;
  let paths = 0;
  commands.forEach((c, i) => {
    const created = c.op === "create";
    const args = created ? (c.args as { args: unknown }).args : c.args;
    const argJson = jsonBytes(args);
    const argBytes = argJson === undefined ? 0 : '"Arguments":'.length + argJson;
    if (i > 0) n += 1;
    // {"Id":1,"ActionType":3,"Name":"x","ObjectPathId":2,"ArgumentInfo":{…}}
    const nameBytes = jsonBytes(c.name) ?? 0;
    n += '{"Id":,"ActionType":,"Name":,"ObjectPathId":,"ArgumentInfo":{}}'.length + fixedBytes(c.id) + 1 + (created ? 2 : nameBytes) + fixedBytes(c.target) + argBytes;
    if (created) {
      const result = (c.args as { result: number }).result;
      if (paths > 0) n += 1;
      paths += 1;
      // "7":{"Id":7,"ObjectPathType":3,"Name":"x","ParentObjectPathId":2,"ArgumentInfo":{…}}
      n += '"":{"Id":,"ObjectPathType":3,"Name":,"ParentObjectPathId":,"ArgumentInfo":{}}'.length + 2 * fixedBytes(result) + nameBytes + fixedBytes(c.target) + argBytes;
    }
  });
  return n;
}

/** The UTF-8 length of JSON.stringify({ Results: results.map((Value, i) => ({ ActionId: i + 1, Value })) }), value by value. */
export function responseBytes(results: readonly unknown[]): number {
  let n = '{"Results":[]}'.length;
  results.forEach((value, i) => {
    if (i > 0) n += 1;
    const json = jsonBytes(value);
    // {"ActionId":1,"Value":…} — a value JSON cannot write leaves its key out
    n += '{"ActionId":}'.length + fixedBytes(i + 1) + (json === undefined ? 0 : ',"Value":'.length + json);
  });
  return n;
}
