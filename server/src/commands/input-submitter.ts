import { randomUUID } from 'node:crypto';
import { eq, max } from 'drizzle-orm';
import type { SubmitInputInput } from '@plenary/shared/validation/index';
import { technicalInputs, technicalInputVersions } from '../db/schema.ts';
import type { NotificationRow } from '../db/types.ts';
import type { Services } from '../services.ts';
import type { DocumentAccess } from '../policies/actors.ts';
import { audit } from './audit.ts';
import { createNotifications } from './notification-creator.ts';
import { submissionNotices } from './input-notices.ts';
import type { InputTarget } from './input-target.ts';

export interface SubmittedInput {
  id: string;
  notifications: NotificationRow[];
}

/** Records an agency's input to a brief with its first version, and tells the brief's co-leads. */
export function submitInput(
  services: Pick<Services, 'db'>,
  { access, input, target }: { access: DocumentAccess; input: SubmitInputInput; target: InputTarget },
): SubmittedInput {
  const { doc, participant } = access;
  const id = randomUUID();
  const now = new Date().toISOString();
  const notifications = services.db.transaction((tx) => {
    const seq =
      (tx
        .select({ last: max(technicalInputs.seq) })
        .from(technicalInputs)
        .where(eq(technicalInputs.documentId, doc.id))
        .get()?.last ?? 0) + 1;
    const fields = {
      pid: target.pid,
      placement: input.placement,
      type: input.type,
      text: input.text,
      rationale: input.rationale,
      sources: input.sources,
      sdgTargets: input.sdgTargets,
    };
    const row = tx
      .insert(technicalInputs)
      .values({
        id,
        documentId: doc.id,
        seq,
        ...fields,
        stakeholderId: participant.stakeholder.id,
        authorUserId: participant.user.id,
        status: 'submitted',
        createdAt: now,
        updatedAt: now,
      })
      .returning()
      .get();
    tx.insert(technicalInputVersions)
      .values({ inputId: id, ...fields, userId: participant.user.id, createdAt: now })
      .run();
    audit(tx, {
      participant,
      action: 'input.submit',
      documentId: doc.id,
      target: id,
      details: { forStakeholderId: participant.stakeholder.id, pid: target.pid, placement: input.placement, type: input.type, seq },
    });
    return createNotifications(tx, submissionNotices(tx, access, row, target.label));
  });
  return { id, notifications };
}
