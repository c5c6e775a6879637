import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { groupMembers, proposals, stakeholders } from '../db/schema.ts';
import type { ProposalRow, Stakeholder, User } from '../db/types.ts';
import { forbidden, notFound } from '../errors.ts';
import { loadDocumentAccess } from './document-access.ts';
import type { DocumentAccess, Participant } from '../policies/actors.ts';

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
