import type { Hunk } from './myers.ts';

export type Segment = { kind: 'equal'; tokens: string[] } | { kind: 'change'; deleted: string[]; inserted: string[] };

/** Lays hunks out as alternating equal stretches and change blocks, skipping empty ones. */
export function toSegments(a: readonly string[], b: readonly string[], hunks: readonly Hunk[]): Segment[] {
  const segments: Segment[] = [];
  const pushEqual = (tokens: string[]) => {
    if (tokens.length > 0) segments.push({ kind: 'equal', tokens });
  };
  let aIndex = 0;
  for (const hunk of hunks) {
    pushEqual(a.slice(aIndex, hunk.aStart));
    const deleted = a.slice(hunk.aStart, hunk.aEnd);
    const inserted = b.slice(hunk.bStart, hunk.bEnd);
    const last = segments[segments.length - 1];
    if (last?.kind === 'change') {
      last.deleted.push(...deleted);
      last.inserted.push(...inserted);
    } else {
      segments.push({ kind: 'change', deleted, inserted });
    }
    aIndex = hunk.aEnd;
  }
  pushEqual(a.slice(aIndex));
  return segments;
}
