import type { ProposalKind, ProposalStatus } from '@plenary/shared/domain/index';
import type { Proposal, StakeholderRef } from '../api/proposals.ts';

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

/** "Canada", "Canada and Norway", "Canada, Norway and Peru". */
export function listNames(stakeholders: readonly Pick<StakeholderRef, 'shortName'>[]): string {
  const names = stakeholders.map((s) => s.shortName);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The compilation's attribution: "EU, co-sponsored by Canada, supported by Norway; opposed by G77 and China". */
export function attribution(proposal: Proposal): string {
  const confirmed = proposal.cosponsors.filter((c) => c.status === 'confirmed').map((c) => c.stakeholder);
  let text = proposal.tabledBy.shortName;
  if (confirmed.length > 0) text += `, co-sponsored by ${listNames(confirmed)}`;
  if (proposal.supporters.length > 0) text += `, supported by ${listNames(proposal.supporters.map((p) => p.stakeholder))}`;
  if (proposal.opposers.length > 0) text += `; opposed by ${listNames(proposal.opposers.map((p) => p.stakeholder))}`;
  return text;
}

/** Pending proposals: the ones drawn as tracked changes and counted in the outline. */
export function isPending(proposal: Proposal): boolean {
  return proposal.status === 'tabled';
}
