/**
 * A change block between two sequences: `a[aStart, aEnd)` is replaced by `b[bStart, bEnd)`.
 * Blocks come in ascending order; the stretches between them are equal on both sides.
 */
export interface Hunk {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

/**
 * Beyond this many edits the trace Myers keeps would grow quadratically; texts that differ
 * this much are effectively rewritten, so the remaining middle is reported as one block.
 */
const MAX_EDIT_COST = 1000;

/** Myers' O(ND) shortest edit script over two sequences of interned symbols. */
export function diffSequences(a: ArrayLike<number>, b: ArrayLike<number>): Hunk[] {
  let prefix = 0;
  const shorter = Math.min(a.length, b.length);
  while (prefix < shorter && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) {
    suffix++;
  }
  const n = a.length - prefix - suffix;
  const m = b.length - prefix - suffix;
  if (n === 0 && m === 0) return [];
  const wholeMiddle: Hunk = { aStart: prefix, aEnd: prefix + n, bStart: prefix, bEnd: prefix + m };
  if (n === 0 || m === 0) return [wholeMiddle];

  const at = (seq: ArrayLike<number>, i: number) => seq[prefix + i];
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let cost = -1;
  // v covers every diagonal -max-1..max+1, so each frontier read is in range.
  const frontier = (k: number) => v[offset + k]!;

  search: for (let d = 0; d <= Math.min(max, MAX_EDIT_COST); d++) {
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && frontier(k - 1) < frontier(k + 1));
      let x = down ? frontier(k + 1) : frontier(k - 1) + 1;
      let y = x - k;
      while (x < n && y < m && at(a, x) === at(b, y)) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        trace.push(v.slice(offset - d, offset + d + 1));
        cost = d;
        break search;
      }
    }
    trace.push(v.slice(offset - d, offset + d + 1));
  }
  if (cost < 0) return [wholeMiddle];
  return shift(backtrack(trace, cost, n, m), prefix);
}

/** Walks the saved frontiers backwards, collecting single-element edits into blocks. */
function backtrack(trace: Int32Array[], cost: number, n: number, m: number): Hunk[] {
  const reversed: Hunk[] = [];
  const record = (aIndex: number, bIndex: number, isInsert: boolean) => {
    const aEnd = isInsert ? aIndex : aIndex + 1;
    const bEnd = isInsert ? bIndex + 1 : bIndex;
    const last = reversed[reversed.length - 1];
    if (last && last.aStart === aEnd && last.bStart === bEnd) {
      last.aStart = aIndex;
      last.bStart = bIndex;
    } else {
      reversed.push({ aStart: aIndex, aEnd, bStart: bIndex, bEnd });
    }
  };

  let x = n;
  let y = m;
  for (let d = cost; d > 0; d--) {
    // trace holds one frontier per cost 0..cost, each covering diagonals -d..d, so reads are in range.
    const previous = trace[d - 1]!;
    const read = (k: number) => previous[k + d - 1]!;
    const k = x - y;
    const down = k === -d || (k !== d && read(k - 1) < read(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = read(prevK);
    const prevY = prevX - prevK;
    record(prevX, prevY, down);
    x = prevX;
    y = prevY;
  }
  return reversed.reverse();
}

function shift(hunks: Hunk[], by: number): Hunk[] {
  return hunks.map((h) => ({
    aStart: h.aStart + by,
    aEnd: h.aEnd + by,
    bStart: h.bStart + by,
    bEnd: h.bEnd + by,
  }));
}

/** Diffs two token lists by interning each distinct string as a number. */
export function diffTokens(a: readonly string[], b: readonly string[]): Hunk[] {
  const ids = new Map<string, number>();
  const intern = (tokens: readonly string[]) =>
    Int32Array.from(tokens, (token) => {
      let id = ids.get(token);
      if (id === undefined) {
        id = ids.size;
        ids.set(token, id);
      }
      return id;
    });
  return diffSequences(intern(a), intern(b));
}
