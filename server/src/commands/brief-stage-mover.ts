import { eq } from 'drizzle-orm';
import type { BriefStage } from '@plenary/shared/domain/index';
import type { Db } from '../db/client.ts';
import { briefStageChanges, documents } from '../db/schema.ts';
import { audit } from './audit.ts';
import type { DocumentAccess } from '../policies/actors.ts';

export interface MoveBriefStageProps {
  access: DocumentAccess;
  from: BriefStage;
  to: BriefStage;
  /** Set with a move to circulation; any other move clears the deadline of the last circulation. */
  inputsDeadline: string | null;
}

/**
 * Moves a brief to its next stage: the document's stage and inputs deadline, one more row of its kept stage
 * history and the audit row, in one transaction. The caller closes the sockets and announces after COMMIT.
 */
export function moveBriefStage(db: Db, { access, from, to, inputsDeadline }: MoveBriefStageProps): number {
  const { doc, participant } = access;
  return db.transaction((tx) => {
    tx.update(documents).set({ status: to, inputsDeadline }).where(eq(documents.id, doc.id)).run();
    const { id } = tx
      .insert(briefStageChanges)
      .values({
        documentId: doc.id,
        fromStage: from,
        toStage: to,
        inputsDeadline,
        userId: participant.user.id,
        stakeholderId: participant.stakeholder.id,
        role: participant.membership.role,
      })
      .returning({ id: briefStageChanges.id })
      .get();
    audit(tx, { participant, action: 'brief.stage', documentId: doc.id, target: to, details: { from, to, inputsDeadline } });
    return id;
  });
}
