import type { DiffOp } from '../diff/diff-words.ts';

const ELLIPSIS: DiffOp = { op: 'equal', text: ' … ' };

/**
 * Shortens long unchanged stretches to a few words of context on each side of a change, so a
 * stack of redlines under one paragraph stays readable. Only whole words are kept.
 */
export function condenseRedline(ops: readonly DiffOp[], contextWords = 8): DiffOp[] {
  if (!ops.some((op) => op.op !== 'equal')) return [...ops];
  return ops.flatMap((op, index): DiffOp[] => {
    if (op.op !== 'equal') return [op];
    const words = op.text.split(/(?<=\s)/);
    const keepStart = index > 0 ? contextWords : 0;
    const keepEnd = index < ops.length - 1 ? contextWords : 0;
    if (words.length <= keepStart + keepEnd + 3) return [op];
    const head = words.slice(0, keepStart).join('');
    const tail = words.slice(words.length - keepEnd).join('');
    return [
      ...(head ? [{ op: 'equal' as const, text: head.trimEnd() }] : []),
      ELLIPSIS,
      ...(tail ? [{ op: 'equal' as const, text: tail.trimStart() }] : []),
    ];
  });
}
