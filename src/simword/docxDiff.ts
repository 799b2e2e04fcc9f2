/** A stretch that differs between two texts: [wasStart, wasEnd) of the old became [nowStart, nowEnd) of the new. */
export interface Stretch {
  wasStart: number;
  wasEnd: number;
  nowStart: number;
  nowEnd: number;
}

const LIMIT = 4_000_000;

/**
 * The changed stretches between two versions of a paragraph, from a longest common subsequence of characters, so
 * that two fills in one paragraph are two edits and the text between them is left alone. Paragraphs too long for
 * the table are compared by common prefix and suffix only (one stretch).
 */
export function changedStretches(was: string, now: string): Stretch[] {
  if (was === now) return [];
  let pre = 0;
  while (pre < was.length && pre < now.length && was[pre] === now[pre]) pre += 1;
  let suf = 0;
  while (suf < was.length - pre && suf < now.length - pre && was[was.length - 1 - suf] === now[now.length - 1 - suf]) suf += 1;
  const a = was.slice(pre, was.length - suf);
  const b = now.slice(pre, now.length - suf);
  if ((a.length + 1) * (b.length + 1) > LIMIT || a.length === 0 || b.length === 0) {
    return [{ wasStart: pre, wasEnd: was.length - suf, nowStart: pre, nowEnd: now.length - suf }];
  }
  const w = b.length + 1;
  const table = new Uint32Array((a.length + 1) * w);
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      table[i * w + j] = a[i] === b[j] ? (table[(i + 1) * w + j + 1] ?? 0) + 1 : Math.max(table[(i + 1) * w + j] ?? 0, table[i * w + j + 1] ?? 0);
    }
  }
  const out: Stretch[] = [];
  let i = 0;
  let j = 0;
  let open: Stretch | undefined;
  const close = () => {
    if (open) out.push(open);
    open = undefined;
  };
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      close();
      i += 1;
      j += 1;
      continue;
    }
    open ??= { wasStart: pre + i, wasEnd: pre + i, nowStart: pre + j, nowEnd: pre + j };
    if (j < b.length && (i >= a.length || (table[i * w + j + 1] ?? 0) >= (table[(i + 1) * w + j] ?? 0))) j += 1;
    else i += 1;
    open.wasEnd = pre + i;
    open.nowEnd = pre + j;
  }
  close();
  return out;
}
