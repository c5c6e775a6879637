import { diffSequences, diffTokens } from './myers.ts';
import { tokenize } from './tokenize.ts';

/** Replace `deleteCount` UTF-16 code units at `index` (in the original string) with `insert`. */
export interface TextSplice {
  index: number;
  deleteCount: number;
  insert: string;
}

/**
 * The splices that turn `before` into `after`, ascending and relative to `before`, so that
 * applying them to a rich-text node leaves untouched characters (and their formatting)
 * alone. Words are matched first, then each changed stretch is refined character by
 * character. Indices count UTF-16 code units, as Y.Text does, but never split a
 * surrogate pair.
 */
export function applyTextChange(before: string, after: string): TextSplice[] {
  if (before === after) return [];
  const a = tokenize(before);
  const b = tokenize(after);
  const aOffsets = offsetsOf(a);
  const bOffsets = offsetsOf(b);
  const splices: TextSplice[] = [];
  for (const hunk of diffTokens(a, b)) {
    const from = aOffsets(hunk.aStart);
    const deleted = before.slice(from, aOffsets(hunk.aEnd));
    const inserted = after.slice(bOffsets(hunk.bStart), bOffsets(hunk.bEnd));
    for (const splice of refineByCodePoint(deleted, inserted)) {
      splices.push({ ...splice, index: splice.index + from });
    }
  }
  return splices;
}

/** Applies splices produced by `applyTextChange` (later ones first, so indices stay valid). */
export function applySplices(text: string, splices: readonly TextSplice[]): string {
  let result = text;
  for (const { index, deleteCount, insert } of splices.toReversed()) {
    result = result.slice(0, index) + insert + result.slice(index + deleteCount);
  }
  return result;
}

function refineByCodePoint(deleted: string, inserted: string): TextSplice[] {
  const a = Array.from(deleted);
  const b = Array.from(inserted);
  const aOffsets = offsetsOf(a);
  const codes = (chars: string[]) => Int32Array.from(chars, (c) => c.codePointAt(0) ?? 0);
  return diffSequences(codes(a), codes(b)).map((hunk) => ({
    index: aOffsets(hunk.aStart),
    deleteCount: aOffsets(hunk.aEnd) - aOffsets(hunk.aStart),
    insert: b.slice(hunk.bStart, hunk.bEnd).join(''),
  }));
}

/** `offsetOf(i)` is where piece `i` starts; `offsetOf(pieces.length)` is the total length. */
function offsetsOf(pieces: readonly string[]): (i: number) => number {
  const offsets = [0];
  let total = 0;
  for (const piece of pieces) {
    total += piece.length;
    offsets.push(total);
  }
  // Hunk bounds run from 0 to pieces.length, and every one of those has an entry.
  return (i) => offsets[i]!;
}
