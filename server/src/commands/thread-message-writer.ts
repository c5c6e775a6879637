import { randomUUID } from 'node:crypto';
import type { DbHandle } from '../db/client.ts';
import { threadMessages } from '../db/schema.ts';
import { markThreadRead } from './thread-read-marker.ts';
import type { MessageRow } from '../db/types.ts';
import type { Participant } from '../policies/actors.ts';

/**
 * Writes one message into a thread in the writer's capacity; the writer has then read the thread.
 * Call inside the transaction of the command that adds it (opening a thread, replying).
 */
export function writeThreadMessage(db: DbHandle, threadId: string, writer: Participant, body: string, at: string): MessageRow {
  const message = db
    .insert(threadMessages)
    .values({
      id: randomUUID(),
      threadId,
      authorUserId: writer.user.id,
      authorStakeholderId: writer.stakeholder.id,
      authorRole: writer.membership.role,
      body,
      createdAt: at,
    })
    .returning()
    .get();
  markThreadRead(db, threadId, writer.user.id, at);
  return message;
}
