import { can } from '@plenary/shared/permissions/index';
import type { ProposalRow } from '../db/types.ts';
import type { DocumentAccess, Participant } from './actors.ts';

type Access = Pick<DocumentAccess, 'participant' | 'target'>;

/** Who may do what with proposals: pure answers from the participant, the document and the row. */

export function mayTable(access: Access): boolean {
  return can(access.participant.actor, 'table-proposal', access.target);
}

export function mayTakePosition(access: Access): boolean {
  return can(access.participant.actor, 'take-position', access.target);
}

export function mayDecide(access: Access): boolean {
  return can(access.participant.actor, 'decide-proposal', access.target);
}

/** The side that tabled: the tabling stakeholder and the author's own delegation. */
export function isTablingSide(participant: Participant, proposal: ProposalRow): boolean {
  const own = participant.stakeholder.id;
  return own === proposal.tablingStakeholderId || own === proposal.authorStakeholderId;
}

/**
 * Co-sponsorships not (yet) confirmed are known only to the tabling side and to the invited stakeholder
 * (or a delegation speaking for it); everyone else learns of a co-sponsor once it confirmed.
 */
export function maySeeCosponsorship(
  viewer: { participant: Participant; spokenFor: ReadonlySet<string> },
  proposal: ProposalRow,
  cosponsor: { stakeholderId: string; status: string },
): boolean {
  if (cosponsor.status === 'confirmed') return true;
  return isTablingSide(viewer.participant, proposal) || viewer.spokenFor.has(cosponsor.stakeholderId);
}
