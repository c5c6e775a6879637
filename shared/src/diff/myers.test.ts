import { describe, expect, it } from 'vitest';
import { diffSequences, type Hunk } from './myers.ts';
import { seededRandom } from './seeded-random.test-helper.ts';

function lcsLength(a: number[], b: number[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0;
      row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1] ?? 0);
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}

function replay(a: number[], b: number[], hunks: Hunk[]): number[] {
  const out: number[] = [];
  let cursor = 0;
  for (const h of hunks) {
    out.push(...a.slice(cursor, h.aStart), ...b.slice(h.bStart, h.bEnd));
    cursor = h.aEnd;
  }
  return [...out, ...a.slice(cursor)];
}

describe('diffSequences', () => {
  it('finds a shortest edit script', () => {
    const random = seededRandom(7);
    for (let round = 0; round < 300; round++) {
      const a = Array.from({ length: random.int(12) }, () => random.int(4));
      const b = Array.from({ length: random.int(12) }, () => random.int(4));
      const hunks = diffSequences(a, b);
      expect(replay(a, b, hunks)).toEqual(b);
      const cost = hunks.reduce((sum, h) => sum + (h.aEnd - h.aStart) + (h.bEnd - h.bStart), 0);
      expect(cost).toBe(a.length + b.length - 2 * lcsLength(a, b));
      hunks.forEach((h, i) => {
        expect(h.aEnd - h.aStart + h.bEnd - h.bStart).toBeGreaterThan(0);
        const previous = hunks[i - 1];
        if (previous) expect(h.aStart).toBeGreaterThan(previous.aEnd);
      });
    }
  });

  it('keeps the common prefix and suffix out of the change', () => {
    expect(diffSequences([1, 2, 3, 4], [1, 5, 4])).toEqual([{ aStart: 1, aEnd: 3, bStart: 1, bEnd: 2 }]);
    expect(diffSequences([], [])).toEqual([]);
    expect(diffSequences([1], [])).toEqual([{ aStart: 0, aEnd: 1, bStart: 0, bEnd: 0 }]);
  });
});
