import { and, eq } from 'drizzle-orm';
import type { CosponsorAnswer } from '@plenary/shared/domain/index';
import type { Db } from '../db/client.ts';
import { proposalCosponsors, proposalPositions } from '../db/schema.ts';
import { forbidden } from '../errors.ts';
import { audit } from './audit.ts';
import type { Stakeholder } from '../db/types.ts';
import type { ProposalAccess } from '../queries/proposal-access.ts';

export interface RespondToCosponsorshipProps {
  access: ProposalAccess;
  /** The invited stakeholder the caller answers for: its own, or a group it belongs to. */
  stakeholder: Stakeholder;
  answer: CosponsorAnswer;
}

/**
 * Confirms or declines an invitation to co-sponsor. Only a confirmed co-sponsor is named publicly; a
 * delegation that confirms stands behind the proposal, so any support or opposition it had recorded goes.
 * An answer can be changed while the proposal is on the table.
 */
export function respondToCosponsorship(db: Db, { access, stakeholder, answer }: RespondToCosponsorshipProps): void {
  const { proposal, participant, doc } = access;
  const where = and(eq(proposalCosponsors.proposalId, proposal.id), eq(proposalCosponsors.stakeholderId, stakeholder.id));
  const invitation = db.select().from(proposalCosponsors).where(where).get();
  if (!invitation) throw forbidden(`${stakeholder.shortName} was not invited to co-sponsor this proposal.`);
  db.transaction((tx) => {
    tx.update(proposalCosponsors)
      .set({ status: answer, respondedAt: new Date().toISOString(), respondedByUserId: participant.user.id })
      .where(where)
      .run();
    if (answer === 'confirmed') {
      tx.delete(proposalPositions)
        .where(and(eq(proposalPositions.proposalId, proposal.id), eq(proposalPositions.stakeholderId, stakeholder.id)))
        .run();
    }
    audit(tx, {
      participant,
      action: answer === 'confirmed' ? 'proposal.cosponsor-confirm' : 'proposal.cosponsor-decline',
      documentId: doc.id,
      target: proposal.id,
      details: { forStakeholderId: stakeholder.id, pid: proposal.pid },
    });
  });
}
