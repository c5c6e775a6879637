import { and, eq } from 'drizzle-orm';
import { can } from '@plenary/shared/permissions/index';
import type { Db } from '../db/client.ts';
import { groupMembers, proposals, stakeholders } from '../db/schema.ts';
import { conflict, forbidden, notFound } from '../errors.ts';
import { loadDocumentAccess, type DocumentAccess, type Participant } from '../queries/document-access.ts';
import type { Stakeholder, User } from '../db/types.ts';
import type { ProposalRow } from '../db/types.ts';


export interface ProposalAccess extends DocumentAccess {
  proposal: ProposalRow;
}

/** Loads a proposal with its document, for a participant of the document's process (404 / 403 otherwise). */
export function loadProposalAccess(db: Db, user: User, proposalId: string): ProposalAccess {
  const proposal = db.select().from(proposals).where(eq(proposals.id, proposalId)).get();
  if (!proposal) throw notFound('Proposal');
  return { ...loadDocumentAccess(db, user, proposal.documentId), proposal };
}

/** A stakeholder speaks for itself and for every group it is a member of (France for the EU). */
export function speaksFor(db: Db, stakeholderId: string, forStakeholderId: string): boolean {
  if (stakeholderId === forStakeholderId) return true;
  const row = db
    .select()
    .from(groupMembers)
    .where(and(eq(groupMembers.groupId, forStakeholderId), eq(groupMembers.memberId, stakeholderId)))
    .get();
  return row !== undefined;
}

/** Every stakeholder a stakeholder speaks for: itself and the groups it is a member of. */
export function stakeholdersSpokenFor(db: Db, stakeholderId: string): Set<string> {
  const groups = db.select({ id: groupMembers.groupId }).from(groupMembers).where(eq(groupMembers.memberId, stakeholderId)).all();
  return new Set([stakeholderId, ...groups.map((g) => g.id)]);
}

/**
 * The stakeholder a participant acts for: their own, or a group they belong to when they name one.
 * Unknown stakeholders are 400 at the caller; groups the participant does not belong to are 403.
 */
export function actingStakeholder(db: Db, participant: Participant, requestedId: string | undefined, what: string): Stakeholder {
  if (!requestedId || requestedId === participant.stakeholder.id) return participant.stakeholder;
  const requested = db.select().from(stakeholders).where(eq(stakeholders.id, requestedId)).get();
  if (!requested || !speaksFor(db, participant.stakeholder.id, requested.id)) {
    throw forbidden(`${participant.stakeholder.shortName} cannot ${what} on behalf of "${requestedId}": it is not a member of that group.`);
  }
  return requested;
}

export function assertMayTable(access: DocumentAccess): void {
  if (!can(access.participant.actor, 'table-proposal', access.target)) {
    throw forbidden('Your role does not allow tabling proposals on this document.');
  }
}

export function assertMayTakePosition(access: DocumentAccess): void {
  if (!can(access.participant.actor, 'take-position', access.target)) {
    throw forbidden('Your role does not allow taking positions on proposals on this document.');
  }
}

export function assertMayDecide(access: DocumentAccess): void {
  if (!can(access.participant.actor, 'decide-proposal', access.target)) {
    throw forbidden('Only the holders of the pen decide on proposals.');
  }
}

/** The side that tabled: the tabling stakeholder and the author's own delegation. */
export function isTablingSide(participant: Participant, proposal: ProposalRow): boolean {
  const own = participant.stakeholder.id;
  return own === proposal.tablingStakeholderId || own === proposal.authorStakeholderId;
}

/** Withdrawing and re-tabling belong to the tabling side, and only while it may still table. */
export function assertTablingSide(access: ProposalAccess, what: string): void {
  assertMayTable(access);
  if (!isTablingSide(access.participant, access.proposal)) {
    throw forbidden(`Only the delegation that tabled this proposal can ${what} it.`);
  }
}

/** Decisions, withdrawals, positions and re-tabling all apply to proposals still on the table. */
export function assertTabled(proposal: ProposalRow, what: string): void {
  if (proposal.status !== 'tabled') throw conflict(`The proposal is already ${proposal.status}: it can no longer be ${what}.`);
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
