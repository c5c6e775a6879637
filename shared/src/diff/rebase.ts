import { diffTokens, type Hunk } from './myers.ts';
import { tokenize } from './tokenize.ts';

/** A stretch of the base text that both sides changed, differently. */
export interface RebaseConflict {
  /** Character offset of the stretch in the base text. */
  baseOffset: number;
  base: string;
  proposed: string;
  current: string;
}

export type RebaseResult = { status: 'clean'; text: string } | { status: 'conflict'; conflicts: RebaseConflict[] };

type Side = 'proposed' | 'current';

interface SideHunk extends Hunk {
  side: Side;
}

/** A replacement of `base[start, end)` (token indices) in the merged text. */
interface Replacement {
  start: number;
  end: number;
  tokens: readonly string[];
}

/**
 * Re-applies a proposal written against `base` to the paragraph as it reads now
 * (`current`). Changes on both sides merge cleanly unless they touch the same words;
 * an identical change made on both sides counts once.
 */
export function rebaseProposal(base: string, proposed: string, current: string): RebaseResult {
  if (current === base || proposed === current) return { status: 'clean', text: proposed };
  if (proposed === base) return { status: 'clean', text: current };

  const baseTokens = tokenize(base);
  const texts: Record<Side, readonly string[]> = { proposed: tokenize(proposed), current: tokenize(current) };
  const hunks: SideHunk[] = [
    ...diffTokens(baseTokens, texts.proposed).map((h) => ({ ...h, side: 'proposed' as const })),
    ...diffTokens(baseTokens, texts.current).map((h) => ({ ...h, side: 'current' as const })),
  ];

  const replacements: Replacement[] = [];
  const conflicts: RebaseConflict[] = [];
  for (const group of groupOverlapping(hunks)) {
    const start = Math.min(...group.map((h) => h.aStart));
    const end = Math.max(...group.map((h) => h.aEnd));
    const rewrite = (side: Side) =>
      replaceRange(
        baseTokens,
        start,
        end,
        texts[side],
        group.filter((h) => h.side === side),
      );
    const proposedTokens = rewrite('proposed');
    const currentTokens = rewrite('current');
    const firstSide = group[0]?.side;
    if (group.every((h) => h.side === firstSide) || sameTokens(proposedTokens, currentTokens)) {
      replacements.push({ start, end, tokens: firstSide === 'proposed' ? proposedTokens : currentTokens });
    } else {
      conflicts.push({
        baseOffset: baseTokens.slice(0, start).join('').length,
        base: baseTokens.slice(start, end).join(''),
        proposed: proposedTokens.join(''),
        current: currentTokens.join(''),
      });
    }
  }
  if (conflicts.length > 0) return { status: 'conflict', conflicts };
  return { status: 'clean', text: applyReplacements(baseTokens, replacements) };
}

/**
 * Two hunks from different sides collide when their base ranges intersect, when both insert
 * at the same point, or when one inserts strictly inside the range the other replaces.
 * An insertion at the very edge of the other side's range does not collide.
 */
function collide(x: Hunk, y: Hunk): boolean {
  const xEmpty = x.aStart === x.aEnd;
  const yEmpty = y.aStart === y.aEnd;
  if (xEmpty && yEmpty) return x.aStart === y.aStart;
  if (xEmpty) return y.aStart < x.aStart && x.aStart < y.aEnd;
  if (yEmpty) return x.aStart < y.aStart && y.aStart < x.aEnd;
  return x.aStart < y.aEnd && y.aStart < x.aEnd;
}

/** Connected components of the collision graph, in base order. */
function groupOverlapping(hunks: SideHunk[]): SideHunk[][] {
  const parent = hunks.map((_, i) => i);
  const root = (i: number): number => {
    const up = parent[i] ?? i;
    return up === i ? i : (parent[i] = root(up));
  };
  hunks.forEach((x, i) =>
    hunks.forEach((y, j) => {
      if (i < j && x.side !== y.side && collide(x, y)) parent[root(i)] = root(j);
    }),
  );
  const groups = new Map<number, SideHunk[]>();
  hunks.forEach((hunk, i) => {
    const key = root(i);
    groups.set(key, [...(groups.get(key) ?? []), hunk]);
  });
  return [...groups.values()];
}

/** The tokens one side turned `base[start, end)` into, given that side's hunks inside it. */
function replaceRange(base: readonly string[], start: number, end: number, side: readonly string[], hunks: readonly Hunk[]): string[] {
  const ordered = [...hunks].sort((x, y) => x.aStart - y.aStart);
  const tokens: string[] = [];
  let cursor = start;
  for (const hunk of ordered) {
    tokens.push(...base.slice(cursor, hunk.aStart), ...side.slice(hunk.bStart, hunk.bEnd));
    cursor = hunk.aEnd;
  }
  tokens.push(...base.slice(cursor, end));
  return tokens;
}

function applyReplacements(base: readonly string[], replacements: Replacement[]): string {
  // An insertion at a point sorts before a replacement starting there.
  const ordered = [...replacements].sort((x, y) => x.start - y.start || x.end - y.end);
  const parts: string[] = [];
  let cursor = 0;
  for (const { start, end, tokens } of ordered) {
    if (start < cursor) throw new Error('rebaseProposal: overlapping replacements');
    parts.push(...base.slice(cursor, start), ...tokens);
    cursor = end;
  }
  parts.push(...base.slice(cursor));
  return parts.join('');
}

function sameTokens(x: readonly string[], y: readonly string[]): boolean {
  return x.length === y.length && x.every((token, i) => token === y[i]);
}
