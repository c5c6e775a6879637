import { diffWords, rebaseProposal, type DiffOp } from '@plenary/shared/diff/index';
import type { Proposal } from '../api/proposals.ts';

/**
 * How a proposal reads against the paragraph: `current` when written against the text as it is,
 * `rebased` when the paragraph moved on but the change still applies cleanly, `outdated` when it no
 * longer does (its author must re-table it).
 */
export type RedlineState = 'current' | 'rebased' | 'outdated';

export interface Redline {
  ops: DiffOp[];
  state: RedlineState;
}

const cache = new Map<string, Redline>();
const CACHE_LIMIT = 400;

/**
 * The redline of a proposal against the paragraph's current text: what accepting it would change now.
 * Decided proposals keep the redline of what they changed at the time.
 */
export function proposalRedline(proposal: Proposal, currentText: string | undefined): Redline {
  const key = `${proposal.id}\u0000${proposal.updatedAt}\u0000${proposal.status}\u0000${proposal.outdated}\u0000${currentText ?? ''}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const redline = computeRedline(proposal, currentText);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(key, redline);
  return redline;
}

function computeRedline(proposal: Proposal, current: string | undefined): Redline {
  const flagged: RedlineState = proposal.outdated ? 'outdated' : 'current';
  const text = proposal.text ?? '';
  switch (proposal.kind) {
    case 'insert-after':
      return { ops: text ? [{ op: 'insert', text }] : [], state: flagged };
    case 'delete': {
      const deleted = proposal.status === 'tabled' && current !== undefined ? current : proposal.baseText;
      return { ops: deleted ? [{ op: 'delete', text: deleted }] : [], state: flagged };
    }
    case 'alternative':
    case 'amend':
      if (proposal.status !== 'tabled' || current === undefined) return { ops: diffWords(proposal.baseText, text), state: flagged };
      if (current === proposal.baseText || proposal.kind === 'alternative') return { ops: diffWords(current, text), state: flagged };
      return rebasedRedline(proposal.baseText, text, current);
  }
}

function rebasedRedline(base: string, proposed: string, current: string): Redline {
  const rebased = rebaseProposal(base, proposed, current);
  if (rebased.status === 'conflict') return { ops: diffWords(current, proposed), state: 'outdated' };
  return { ops: diffWords(current, rebased.text), state: 'rebased' };
}

/** The text a pending amendment would give the paragraph now, rebased when it still applies. */
export function rebasedText(proposal: Proposal, currentText: string): string | null {
  if (proposal.text === null) return null;
  if (proposal.kind !== 'amend' || currentText === proposal.baseText) return proposal.text;
  const rebased = rebaseProposal(proposal.baseText, proposal.text, currentText);
  return rebased.status === 'clean' ? rebased.text : null;
}

/**
 * A change's text split into the spaces around it and the words themselves, so that a redline marks
 * words, not the blanks between them.
 */
export function splitEdges(text: string): { lead: string; core: string; trail: string } {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  return { lead: match[1], core: match[2], trail: match[3] };
}

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
