import type { Hunk } from './myers.ts';
import { isWhitespace } from './tokenize.ts';

const SENTENCE_END = /^[.!?;:\u3002\uff01\uff1f]$/u;
const LINE_BREAK = /[\n\r\u2028\u2029]/u;
const WORDLIKE = /^[\p{L}\p{N}\p{M}]/u;

/**
 * How natural it is for an edit to begin or end between `left` and `right`
 * (undefined = the edge of the text). Higher is better.
 */
function boundaryScore(left: string | undefined, right: string | undefined): number {
  if (left === undefined || right === undefined) return 6;
  if (LINE_BREAK.test(left) || LINE_BREAK.test(right)) return 4;
  if (SENTENCE_END.test(left) && isWhitespace(right)) return 3;
  if (isWhitespace(left) || isWhitespace(right)) return 2;
  if (!WORDLIKE.test(left) || !WORDLIKE.test(right)) return 1;
  return 0;
}

function placementScore(seq: readonly string[], start: number, end: number): number {
  return boundaryScore(seq[start - 1], seq[start]) + boundaryScore(seq[end - 1], seq[end]);
}

/**
 * A pure insertion or deletion next to repeated text can sit at several equivalent places
 * ("very " or " very"). Moves each such hunk to the place that reads best as a redline:
 * at sentence or text edges, otherwise a word followed by its space.
 */
export function alignHunks(a: readonly string[], b: readonly string[], hunks: Hunk[]): Hunk[] {
  const aligned: Hunk[] = [];
  hunks.forEach((hunk, i) => aligned.push(alignHunk(a, b, hunk, aligned[i - 1], hunks[i + 1])));
  return aligned;
}

function alignHunk(a: readonly string[], b: readonly string[], hunk: Hunk, previous: Hunk | undefined, next: Hunk | undefined): Hunk {
  const isDeletion = hunk.bStart === hunk.bEnd;
  const isInsertion = hunk.aStart === hunk.aEnd;
  if (isDeletion === isInsertion) return hunk;

  const seq = isDeletion ? a : b;
  const lowest = previous ? (isDeletion ? previous.aEnd : previous.bEnd) : 0;
  const highest = next ? (isDeletion ? next.aStart : next.bStart) : seq.length;
  let start = isDeletion ? hunk.aStart : hunk.bStart;
  let end = isDeletion ? hunk.aEnd : hunk.bEnd;
  const original = start;

  while (start > lowest && seq[start - 1] === seq[end - 1]) {
    start--;
    end--;
  }
  let bestStart = start;
  let bestScore = -1;
  for (;;) {
    const score = placementScore(seq, start, end) + (isWhitespace(seq[start] ?? '') ? 0 : 0.5);
    if (score > bestScore) {
      bestScore = score;
      bestStart = start;
    }
    if (end >= highest || seq[end] !== seq[start]) break;
    start++;
    end++;
  }
  const moved = bestStart - original;
  return {
    aStart: hunk.aStart + moved,
    aEnd: hunk.aEnd + moved,
    bStart: hunk.bStart + moved,
    bEnd: hunk.bEnd + moved,
  };
}
