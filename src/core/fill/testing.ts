import { snapshotFromLines } from "../document/snapshot";
import { scanSnapshot } from "../placeholders/scan";
import { type RowInput, TableSchema } from "../table/schema";
import { planFills } from "./plan";
import type { FillOptions, Proposal } from "./types";

/** For tests: the values a one-line draft gets from these rows (null where nothing is filled). */
export function filledValues(line: string, rows: RowInput[], options: FillOptions = { docYear: 2024 }): (string | null)[] {
  const snap = snapshotFromLines([line]);
  const ps = planFills(snap, scanSnapshot(snap).placeholders, TableSchema.parse({ format: "draftkit-table", version: 1, rows }), options);
  return ps.map((p) => (p.status === "fill" ? p.value : null));
}

/** For tests: the proposals for a one-line draft and these rows. */
export function filledProposals(line: string, rows: RowInput[], options: FillOptions = { docYear: 2024 }): Proposal[] {
  const snap = snapshotFromLines([line]);
  return planFills(snap, scanSnapshot(snap).placeholders, TableSchema.parse({ format: "draftkit-table", version: 1, rows }), options);
}
