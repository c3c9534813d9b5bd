/**
 * A unified diff of two texts (Myers' O((N+M)D) algorithm over lines), for formatters that list
 * files without printing a diff (prettier, biome): the summary shows what `--fix` would change.
 * Tricky rule: the edit distance is bounded (`maxEdits`); past it the answer is undefined (no
 * diff shown) rather than a quadratic walk over a rewritten file.
 */

type Op = { kind: ' ' | '-' | '+'; text: string };

function editScript(a: string[], b: string[], maxEdits: number): Op[] | undefined {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, maxEdits);
  const offset = max + 1;
  const trace: Int32Array[] = [];
  let v = new Int32Array(2 * max + 3);
  let found = -1;
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    const next = v.slice();
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      next[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    v = next;
    if (found !== -1) {
      trace.push(v);
      break;
    }
  }
  if (found === -1) return undefined;
  // Walk back through the trace.
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const vd = trace[d]!; // V before step d (= after step d-1)
    const k = x - y;
    const down = k === -d || (k !== d && vd[offset + k - 1]! < vd[offset + k + 1]!);
    const prevK = down ? k + 1 : k - 1;
    const prevX = vd[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push({ kind: ' ', text: a[--x]! });
      y--;
    }
    if (down) ops.push({ kind: '+', text: b[--y]! });
    else ops.push({ kind: '-', text: a[--x]! });
  }
  while (x > 0 && y > 0) {
    ops.push({ kind: ' ', text: a[--x]! });
    y--;
  }
  return ops.reverse();
}

const split = (s: string) => {
  const l = s.split('\n');
  if (l[l.length - 1] === '') l.pop();
  return l;
};

/** `--- path` / `+++ path` and hunks with `context` lines, or undefined when equal or too different. */
export function unifiedDiff(
  before: string,
  after: string,
  path: string,
  context = 3,
  maxEdits = 2000,
): string | undefined {
  if (before === after) return undefined;
  const a = split(before);
  const b = split(after);
  const ops = editScript(a, b, maxEdits);
  if (!ops) return undefined;
  const out = [`--- ${path}`, `+++ ${path}`];
  // Positions of each op in a and b.
  const pos: { ai: number; bi: number }[] = [];
  let ai = 0;
  let bi = 0;
  for (const op of ops) {
    pos.push({ ai, bi });
    if (op.kind !== '+') ai++;
    if (op.kind !== '-') bi++;
  }
  let i = 0;
  while (i < ops.length) {
    while (i < ops.length && ops[i]!.kind === ' ') i++;
    if (i >= ops.length) break;
    const start = Math.max(0, i - context);
    let end = i;
    let lastChange = i;
    while (end < ops.length && (ops[end]!.kind !== ' ' || end - lastChange <= 2 * context)) {
      if (ops[end]!.kind !== ' ') lastChange = end;
      end++;
    }
    end = Math.min(ops.length, lastChange + context + 1);
    const hunk = ops.slice(start, end);
    const oldLen = hunk.filter((o) => o.kind !== '+').length;
    const newLen = hunk.filter((o) => o.kind !== '-').length;
    const p = pos[start]!;
    out.push(`@@ -${oldLen ? p.ai + 1 : p.ai},${oldLen} +${newLen ? p.bi + 1 : p.bi},${newLen} @@`);
    for (const o of hunk) out.push(`${o.kind}${o.text}`);
    i = end;
  }
  return out.join('\n');
}
