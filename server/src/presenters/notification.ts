import type { NotificationRow } from '../db/types.ts';

export function presentNotification(row: NotificationRow) {
  return {
    id: row.id,
    kind: row.kind,
    text: row.text,
    documentId: row.documentId,
    threadId: row.threadId,
    proposalId: row.proposalId,
    createdAt: row.createdAt,
    read: row.readAt !== null,
    readAt: row.readAt,
  };
}
