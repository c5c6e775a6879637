import { eq } from 'drizzle-orm';
import { technicalInputs } from '../db/schema.ts';
import type { NotificationRow } from '../db/types.ts';
import type { Services } from '../services.ts';
import type { InputAccess } from '../queries/input-access.ts';
import { audit } from './audit.ts';
import { createNotifications } from './notification-creator.ts';
import { decisionNotices } from './input-notices.ts';

/** Withdrawn by its agency before a decision: kept on record, off the co-leads' table. */
export function withdrawInput(services: Pick<Services, 'db'>, access: InputAccess): void {
  const { input, participant, doc } = access;
  const now = new Date().toISOString();
  services.db.transaction((tx) => {
    tx.update(technicalInputs).set({ status: 'withdrawn', updatedAt: now }).where(eq(technicalInputs.id, input.id)).run();
    audit(tx, {
      participant,
      action: 'input.withdraw',
      documentId: doc.id,
      target: input.id,
      details: { forStakeholderId: input.stakeholderId, pid: input.pid },
    });
  });
}

/** Declined by a co-lead with a reason, which the contributing agency is told. */
export function declineInput(
  services: Pick<Services, 'db'>,
  access: InputAccess,
  { reason, paragraphLabel }: { reason: string; paragraphLabel: string | null },
): NotificationRow[] {
  const { input, participant, doc } = access;
  const now = new Date().toISOString();
  return services.db.transaction((tx) => {
    tx.update(technicalInputs)
      .set({
        status: 'declined',
        declineReason: reason,
        decidedByUserId: participant.user.id,
        decidedByStakeholderId: participant.stakeholder.id,
        decidedAt: now,
        updatedAt: now,
      })
      .where(eq(technicalInputs.id, input.id))
      .run();
    audit(tx, {
      participant,
      action: 'input.decline',
      documentId: doc.id,
      target: input.id,
      details: { forStakeholderId: input.stakeholderId, pid: input.pid, reason },
    });
    return createNotifications(tx, decisionNotices(tx, access, input, 'declined', paragraphLabel, reason));
  });
}
