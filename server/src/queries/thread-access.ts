import { and, eq } from 'drizzle-orm';
import type { ThreadReader } from '@plenary/shared/permissions/index';
import type { DbHandle } from '../db/client.ts';
import { documents, groupMembers, memberships, threadMessages, threads } from '../db/schema.ts';
import type { MessageRow, ThreadRow, User } from '../db/types.ts';
import { notFound } from '../errors.ts';
import { isReadable } from '../policies/thread-policy.ts';
import { maySeeDocument } from '../policies/brief-visibility-policy.ts';
import { documentTarget, findParticipant } from './document-access.ts';
import type { DocumentAccess, Participant } from '../policies/actors.ts';

/** The groups a stakeholder belongs to (for a member state: the EU, the G77 and China, …). */
export function groupIdsOf(db: DbHandle, stakeholderId: string): string[] {
  return db
    .select({ groupId: groupMembers.groupId })
    .from(groupMembers)
    .where(eq(groupMembers.memberId, stakeholderId))
    .all()
    .map((r) => r.groupId);
}

export function threadReader(db: DbHandle, participant: Participant): ThreadReader {
  return {
    userId: participant.user.id,
    role: participant.membership.role,
    stakeholderId: participant.stakeholder.id,
    groupIds: groupIdsOf(db, participant.stakeholder.id),
  };
}

/** The reader a user is in a process, or null when they take no part in it. */
export function readerForUser(db: DbHandle, userId: string, processId: string): ThreadReader | null {
  const membership = db
    .select()
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.processId, processId)))
    .get();
  if (!membership) return null;
  return { userId, role: membership.role, stakeholderId: membership.stakeholderId, groupIds: groupIdsOf(db, membership.stakeholderId) };
}

/** A thread together with everything needed to decide what its reader may do with it. */
export interface ThreadAccess extends DocumentAccess {
  thread: ThreadRow;
  reader: ThreadReader;
}

/**
 * Loads a thread the user may read. A thread that does not exist and one the user may not read answer the
 * same 404, so that not even the existence of a confidential thread leaks.
 */
export function loadReadableThread(db: DbHandle, user: User, threadId: string): ThreadAccess {
  const thread = db.select().from(threads).where(eq(threads.id, threadId)).get();
  const doc = thread && db.select().from(documents).where(eq(documents.id, thread.documentId)).get();
  const participant = doc && findParticipant(db, user, doc.processId);
  if (!thread || !doc || !participant) throw notFound('Thread');
  const reader = threadReader(db, participant);
  const target = documentTarget(db, doc);
  if (!maySeeDocument(participant.actor, target) || !isReadable(reader, thread)) throw notFound('Thread');
  return { doc, target, participant, thread, reader };
}

/** Loads a message through its thread, with the same 404 rule. */
export function loadReadableMessage(db: DbHandle, user: User, messageId: string): ThreadAccess & { message: MessageRow } {
  const message = db.select().from(threadMessages).where(eq(threadMessages.id, messageId)).get();
  if (!message) throw notFound('Message');
  try {
    return { ...loadReadableThread(db, user, message.threadId), message };
  } catch {
    throw notFound('Message');
  }
}
