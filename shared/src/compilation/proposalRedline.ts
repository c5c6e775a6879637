import { diffWords, type DiffOp } from '../diff/diff-words.ts';
import { rebaseProposal } from '../diff/rebase.ts';
import type { ProposalKind, ProposalStatus } from '../domain/index.ts';

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

/** What a redline needs to know of a proposal. */
export interface RedlineProposal {
  kind: ProposalKind;
  status: ProposalStatus;
  /** The server found that it no longer applies to the paragraph. */
  outdated: boolean;
  /** The paragraph's text it was written against. */
  baseText: string;
  /** The proposed text; null for a deletion. */
  text: string | null;
}

/**
 * The redline of a proposal against the paragraph's current text (undefined when the paragraph is gone):
 * what accepting it would change now. A pending amendment written against an older text is re-applied to
 * the current one (the word diff rebased). Decided proposals keep the redline of what they changed at the time.
 */
export function proposalRedline(proposal: RedlineProposal, current: string | undefined): Redline {
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
