import { diffWords, type DiffOp } from '@plenary/shared/diff/index';
import type { ProposalRow } from '../db/types.ts';

/**
 * The word diff a proposal is shown with, from the text it was written against to its wording. Stored with
 * the row by every writer that sets either text, so that no read recomputes it. Null when there is no
 * wording to compare: a deletion, or a new paragraph (written against nothing).
 */
export function proposalDiff(proposal: Pick<ProposalRow, 'kind' | 'baseText' | 'text'>): DiffOp[] | null {
  const rewords = proposal.kind === 'amend' || proposal.kind === 'alternative';
  return rewords && proposal.text !== null ? diffWords(proposal.baseText, proposal.text) : null;
}
