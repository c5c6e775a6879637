import { and, eq } from 'drizzle-orm';
import type { Position } from '@plenary/shared/domain/index';
import type { Db } from '../db/client.ts';
import { proposalCosponsors, proposalPositions } from '../db/schema.ts';
import { forbidden, notFound } from '../errors.ts';
import { isTablingSide } from '../policies/proposal-policy.ts';
import { audit } from './audit.ts';
import type { ProposalAccess } from '../queries/proposal-access.ts';

export interface TakePositionProps {
  access: ProposalAccess;
  position: Position;
  reason?: string;
}

/**
 * Records the caller's delegation's support or opposition; a delegation holds one position per proposal
 * and may change it. The tabling side and its confirmed co-sponsors already stand behind the proposal.
 */
export function takePosition(db: Db, { access, position, reason }: TakePositionProps): void {
  const { participant, proposal, doc } = access;
  const stakeholderId = participant.stakeholder.id;
  if (isTablingSide(participant, proposal)) {
    throw forbidden(`${participant.stakeholder.shortName} tabled this proposal: it cannot support or oppose it.`);
  }
  if (isConfirmedCosponsor(db, proposal.id, stakeholderId)) {
    throw forbidden(`${participant.stakeholder.shortName} co-sponsors this proposal: it cannot support or oppose it.`);
  }
  const values = { position, reason: reason || null, userId: participant.user.id, createdAt: new Date().toISOString() };
  db.transaction((tx) => {
    tx.insert(proposalPositions)
      .values({ proposalId: proposal.id, stakeholderId, ...values })
      .onConflictDoUpdate({ target: [proposalPositions.proposalId, proposalPositions.stakeholderId], set: values })
      .run();
    audit(tx, {
      participant,
      action: `proposal.${position}`,
      documentId: doc.id,
      target: proposal.id,
      details: { forStakeholderId: stakeholderId, pid: proposal.pid, reason: reason || null },
    });
  });
}

/** Withdraws the caller's delegation's position; 404 when it holds none. */
export function withdrawPosition(db: Db, access: ProposalAccess): void {
  const { participant, proposal, doc } = access;
  const stakeholderId = participant.stakeholder.id;
  db.transaction((tx) => {
    const removed = db
      .delete(proposalPositions)
      .where(and(eq(proposalPositions.proposalId, proposal.id), eq(proposalPositions.stakeholderId, stakeholderId)))
      .run();
    if (removed.changes === 0) throw notFound(`A position of ${participant.stakeholder.shortName} on this proposal`);
    audit(tx, {
      participant,
      action: 'proposal.position-withdraw',
      documentId: doc.id,
      target: proposal.id,
      details: { forStakeholderId: stakeholderId, pid: proposal.pid },
    });
  });
}

function isConfirmedCosponsor(db: Db, proposalId: string, stakeholderId: string): boolean {
  const row = db
    .select()
    .from(proposalCosponsors)
    .where(and(eq(proposalCosponsors.proposalId, proposalId), eq(proposalCosponsors.stakeholderId, stakeholderId)))
    .get();
  return row?.status === 'confirmed';
}
