import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { threads } from '../db/schema.ts';
import { audit } from './audit.ts';
import type { ThreadRow } from '../db/types.ts';
import type { ThreadAccess } from '../queries/thread-access.ts';

/** Resolves (`resolved: true`) or reopens a thread; asking for the state it is already in changes nothing. */
export function setThreadResolved(db: Db, access: ThreadAccess, resolved: boolean): ThreadRow {
  const { participant, thread } = access;
  if ((thread.resolvedAt !== null) === resolved) return thread;
  const now = new Date().toISOString();
  return db.transaction((tx) => {
    const updated = db
      .update(threads)
      .set(
        resolved
          ? { resolvedAt: now, resolvedByUserId: participant.user.id, updatedAt: now }
          : { resolvedAt: null, resolvedByUserId: null, updatedAt: now },
      )
      .where(eq(threads.id, thread.id))
      .returning()
      .get();
    audit(tx, { participant, action: resolved ? 'thread.resolve' : 'thread.reopen', documentId: thread.documentId, target: thread.id });
    return updated;
  });
}
