import { randomUUID } from 'node:crypto';
import type { DbHandle } from '../db/client.ts';
import { notifications } from '../db/schema.ts';
import type { NotificationKind, NotificationRow } from '../db/types.ts';

export interface NotificationDraft {
  userId: string;
  kind: NotificationKind;
  /** One line a person can act on ("Ana Morales (Mexico) replied on OP3"); never the confidential text itself. */
  text: string;
  documentId?: string;
  threadId?: string;
  proposalId?: string;
  inputId?: string;
}

/**
 * Stores notifications, one per recipient (a recipient listed twice gets the first draft only). Call inside
 * the transaction of the change they report, then `announceNotifications` once it has committed.
 */
export function createNotifications(db: DbHandle, drafts: readonly NotificationDraft[]): NotificationRow[] {
  const seen = new Set<string>();
  const rows: NotificationRow[] = [];
  for (const draft of drafts) {
    if (seen.has(draft.userId)) continue;
    seen.add(draft.userId);
    rows.push(
      db
        .insert(notifications)
        .values({
          id: randomUUID(),
          userId: draft.userId,
          kind: draft.kind,
          text: draft.text,
          documentId: draft.documentId ?? null,
          threadId: draft.threadId ?? null,
          proposalId: draft.proposalId ?? null,
          inputId: draft.inputId ?? null,
        })
        .returning()
        .get(),
    );
  }
  return rows;
}
