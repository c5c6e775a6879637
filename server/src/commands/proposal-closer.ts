import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { proposals } from '../db/schema.ts';
import { audit } from './audit.ts';
import { createNotifications, type NotificationDraft } from './notification-creator.ts';
import type { NotificationRow, ProposalRow } from '../db/types.ts';
import type { ProposalAccess } from '../queries/proposal-access.ts';
import type { ProposalChange } from './proposal-change.ts';

/** What a state change touched, for announcing once it has committed. */
export interface DecisionResult {
  changes: ProposalChange[];
  notifications: NotificationRow[];
}

type ClosingStatus = Extract<ProposalRow['status'], 'rejected' | 'superseded' | 'withdrawn'>;

const ACTIONS: Record<ClosingStatus, string> = {
  rejected: 'proposal.reject',
  superseded: 'proposal.supersede',
  withdrawn: 'proposal.withdraw',
};

/** The author's notice of a decision by the pen-holders ("Your proposal on OP3 was rejected by …"). */
export function decisionNotice(
  access: ProposalAccess,
  status: 'accepted' | 'rejected' | 'superseded',
  paragraphLabel: string | null,
  reason: string | null,
): NotificationDraft {
  const { participant, proposal } = access;
  const on = paragraphLabel ? ` on ${paragraphLabel}` : '';
  const by = `${participant.user.name} (${participant.stakeholder.shortName})`;
  const wording = status === 'superseded' ? 'was superseded by a compromise' : `was ${status}`;
  return {
    userId: proposal.authorUserId,
    kind: 'proposal-decision',
    text: `Your proposal${on} ${wording} — ${by}${reason ? `: ${reason}` : '.'}`,
    documentId: proposal.documentId,
    proposalId: proposal.id,
  };
}

export interface CloseProposalProps {
  access: ProposalAccess;
  status: ClosingStatus;
  reason: string | null;
  /** The paragraph's current label, for the author's notice. */
  paragraphLabel: string | null;
}

/**
 * Takes a proposal off the table without touching the text: rejected or superseded by the pen-holders (the
 * author is notified), or withdrawn by the tabling delegation. Who decided, when and why is recorded.
 */
export function closeProposal(db: Db, { access, status, reason, paragraphLabel }: CloseProposalProps): DecisionResult {
  const { proposal, participant, doc } = access;
  const now = new Date().toISOString();
  return db.transaction((tx) => {
    tx.update(proposals)
      .set({ status, decisionReason: reason, decidedByUserId: participant.user.id, decidedAt: now, updatedAt: now })
      .where(eq(proposals.id, proposal.id))
      .run();
    audit(tx, {
      participant,
      action: ACTIONS[status],
      documentId: doc.id,
      target: proposal.id,
      details: { forStakeholderId: proposal.tablingStakeholderId, pid: proposal.pid, reason },
    });
    const notifications = status === 'withdrawn' ? [] : createNotifications(tx, [decisionNotice(access, status, paragraphLabel, reason)]);
    return { changes: [{ proposalId: proposal.id, pid: proposal.pid }], notifications };
  });
}
