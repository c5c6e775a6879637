import type { Segment } from './segments.ts';

const textLength = (tokens: readonly string[]) => tokens.reduce((sum, t) => sum + t.length, 0);
const isBlank = (tokens: readonly string[]) => tokens.every((t) => t.trim() === '');

/**
 * Word diffs of rewritten text leave confetti: "should apply" → "shall enforce" comes out
 * as two replacements around an unchanged space. An unchanged stretch between two changes
 * is folded into them when it is only whitespace or no longer than the change on either
 * side, so the redline shows one readable replacement.
 */
export function foldSmallEqualities(segments: Segment[]): Segment[] {
  let current = segments.map(copySegment);
  for (;;) {
    const next = foldOnce(current);
    if (next.length === current.length) return current;
    current = next;
  }
}

function copySegment(segment: Segment): Segment {
  return segment.kind === 'equal'
    ? { kind: 'equal', tokens: [...segment.tokens] }
    : { kind: 'change', deleted: [...segment.deleted], inserted: [...segment.inserted] };
}

/** One left-to-right pass; mutates the change blocks it merges into. */
function foldOnce(segments: Segment[]): Segment[] {
  const result: Segment[] = [];
  let skipNext = false;
  for (const [i, segment] of segments.entries()) {
    if (skipNext) {
      skipNext = false;
      continue;
    }
    const before = result[result.length - 1];
    const after = segments[i + 1];
    if (segment.kind === 'equal' && before?.kind === 'change' && after?.kind === 'change' && isFoldable(segment.tokens, before, after)) {
      before.deleted.push(...segment.tokens, ...after.deleted);
      before.inserted.push(...segment.tokens, ...after.inserted);
      skipNext = true;
    } else {
      result.push(segment);
    }
  }
  return result;
}

type Change = Extract<Segment, { kind: 'change' }>;

function isFoldable(equal: readonly string[], before: Change, after: Change): boolean {
  if (isBlank(equal)) return true;
  const size = (change: Change) => Math.max(textLength(change.deleted), textLength(change.inserted));
  const length = textLength(equal);
  return length <= size(before) && length <= size(after);
}

/**
 * Folding can leave the same tokens at both ends of a deletion and its insertion
 * ("b " → "x y z "); those are unchanged and move back out into the surrounding text.
 */
export function factorOutCommonEdges(segments: Segment[]): Segment[] {
  const result: Segment[] = [];
  const pushEqual = (tokens: string[]) => {
    if (tokens.length === 0) return;
    const last = result[result.length - 1];
    if (last?.kind === 'equal') last.tokens.push(...tokens);
    else result.push({ kind: 'equal', tokens: [...tokens] });
  };
  for (const segment of segments) {
    if (segment.kind === 'equal') {
      pushEqual(segment.tokens);
      continue;
    }
    const { deleted, inserted } = segment;
    let head = 0;
    while (head < deleted.length && head < inserted.length && deleted[head] === inserted[head]) head++;
    let tail = 0;
    while (
      tail < deleted.length - head &&
      tail < inserted.length - head &&
      deleted[deleted.length - 1 - tail] === inserted[inserted.length - 1 - tail]
    ) {
      tail++;
    }
    pushEqual(deleted.slice(0, head));
    const core: Change = {
      kind: 'change',
      deleted: deleted.slice(head, deleted.length - tail),
      inserted: inserted.slice(head, inserted.length - tail),
    };
    if (core.deleted.length > 0 || core.inserted.length > 0) result.push(core);
    pushEqual(deleted.slice(deleted.length - tail));
  }
  return result;
}
