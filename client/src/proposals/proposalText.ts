import type { ProposalKind, ProposalStatus } from '@plenary/shared/domain/index';
import type { Proposal } from '../api/proposals.ts';

export const KIND_LABELS: Record<ProposalKind, string> = {
  amend: 'Amendment',
  delete: 'Deletion',
  'insert-after': 'New paragraph',
  alternative: 'Alternative wording',
};

/** How a tracked change introduces itself: "Amend OP3", "Delete OP3", "New 3bis", "Alternative 3alt". */
export const KIND_VERBS: Record<ProposalKind, string> = {
  amend: 'Amend',
  delete: 'Delete',
  'insert-after': 'New',
  alternative: 'Alternative',
};

export const STATUS_LABELS: Record<ProposalStatus, string> = {
  tabled: 'Pending',
  accepted: 'Accepted',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  superseded: 'Superseded',
};

/** Pending proposals: the ones drawn as tracked changes and counted in the outline. */
export function isPending(proposal: Proposal): boolean {
  return proposal.status === 'tabled';
}
