import { alignHunks } from './align.ts';
import { diffTokens } from './myers.ts';
import { toSegments, type Segment } from './segments.ts';
import { factorOutCommonEdges, foldSmallEqualities } from './semantic-cleanup.ts';
import { tokenize } from './tokenize.ts';

export interface DiffOp {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/**
 * Word-level diff meant to be read as a redline. Joining the `equal` and `delete` texts
 * gives `before`; joining the `equal` and `insert` texts gives `after`. Within a change the
 * deletion comes before the insertion, and no two neighbouring ops have the same kind.
 */
export function diffWords(before: string, after: string): DiffOp[] {
  if (before === after) return before === '' ? [] : [{ op: 'equal', text: before }];
  const a = tokenize(before);
  const b = tokenize(after);
  const hunks = alignHunks(a, b, diffTokens(a, b));
  const segments = factorOutCommonEdges(foldSmallEqualities(toSegments(a, b, hunks)));
  return segments.flatMap(toOps);
}

function toOps(segment: Segment): DiffOp[] {
  if (segment.kind === 'equal') return [{ op: 'equal', text: segment.tokens.join('') }];
  const ops: DiffOp[] = [];
  if (segment.deleted.length > 0) ops.push({ op: 'delete', text: segment.deleted.join('') });
  if (segment.inserted.length > 0) ops.push({ op: 'insert', text: segment.inserted.join('') });
  return ops;
}
