import type { ParagraphStatus } from '@plenary/shared/domain/index';
import type { Db } from '../db/client.ts';
import { paragraphStatusChanges } from '../db/schema.ts';
import { audit } from './audit.ts';
import { currentStatus } from '../queries/paragraph-statuses.ts';
import type { DocumentAccess } from '../policies/actors.ts';

export interface SetParagraphStatusProps {
  access: DocumentAccess;
  pid: string;
  status: ParagraphStatus;
  note: string | null;
}

/** Whether the status moved; asking for the status a paragraph already has changes nothing. */
export interface StatusSetting {
  changed: boolean;
  from: ParagraphStatus;
}

/**
 * Records a paragraph's new status as one more row of its history (the table is append-only: the latest row
 * is the current status) with its audit row, in one transaction. The caller refreshes the room's locks and
 * announces the change after COMMIT.
 */
export function setParagraphStatus(db: Db, { access, pid, status, note }: SetParagraphStatusProps): StatusSetting {
  const { doc, participant } = access;
  return db.transaction((tx) => {
    const from = currentStatus(tx, doc.id, pid);
    if (from === status) return { changed: false, from };
    tx.insert(paragraphStatusChanges)
      .values({
        documentId: doc.id,
        pid,
        status,
        previousStatus: from,
        userId: participant.user.id,
        stakeholderId: participant.stakeholder.id,
        role: participant.membership.role,
        note,
      })
      .run();
    audit(tx, { participant, action: 'paragraph.status', documentId: doc.id, target: pid, details: { pid, from, to: status, note } });
    return { changed: true, from };
  });
}
