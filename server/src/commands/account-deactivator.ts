import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { users } from '../db/schema.ts';
import type { User } from '../db/types.ts';
import type { Participant } from '../policies/actors.ts';
import { deleteUserSessions } from '../auth/sessions.ts';
import { audit } from './audit.ts';

/**
 * Takes a person out: they can no longer sign in, and every session of theirs ends. Their contributions stay
 * attributed to them; nothing they wrote is touched. Returns the ended session ids, whose connections the caller
 * ends after commit.
 */
export function deactivateAccount(db: Db, admin: Participant, target: User): string[] {
  return db.transaction((tx) => {
    tx.update(users).set({ deactivatedAt: new Date().toISOString() }).where(eq(users.id, target.id)).run();
    const ended = deleteUserSessions(tx, target.id);
    audit(tx, {
      participant: admin,
      action: 'user.deactivate',
      target: target.id,
      details: { email: target.email, sessionsEnded: ended.length },
    });
    return ended;
  });
}

/** Lets a deactivated person sign in again, in the capacities they had. */
export function reactivateAccount(db: Db, admin: Participant, target: User): void {
  db.transaction((tx) => {
    tx.update(users).set({ deactivatedAt: null }).where(eq(users.id, target.id)).run();
    audit(tx, { participant: admin, action: 'user.reactivate', target: target.id, details: { email: target.email } });
  });
}
