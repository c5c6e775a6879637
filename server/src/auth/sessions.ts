import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { sessions, users } from '../db/schema.ts';
import type { User } from '../db/types.ts';

export const SESSION_COOKIE = 'plenary_session';
export const SESSION_TTL_MS = 14 * 24 * 3600 * 1000;

/** A signed-in session, named by the hash of its cookie token (the token itself is never kept). */
export interface Session {
  id: string;
  user: User;
}

/** A session's id: the sha256 of its cookie token, as stored. */
export const sessionIdOf = (token: string) => createHash('sha256').update(token).digest('hex');

export function createSession(db: Db, userId: string): { token: string; expiresAt: Date } {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  db.insert(sessions)
    .values({ tokenHash: sessionIdOf(token), userId, expiresAt: expiresAt.toISOString() })
    .run();
  return { token, expiresAt };
}

export function findSession(db: Db, token: string | undefined): Session | null {
  if (!token || token.length > 200) return null;
  const id = sessionIdOf(token);
  const row = db
    .select({ user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, id), gt(sessions.expiresAt, new Date().toISOString())))
    .get();
  return row ? { id, user: row.user } : null;
}

/** Which of these sessions still exist and have not expired. */
export function liveSessionIds(db: Db, ids: readonly string[]): Set<string> {
  if (ids.length === 0) return new Set();
  const rows = db
    .select({ id: sessions.tokenHash })
    .from(sessions)
    .where(and(inArray(sessions.tokenHash, [...ids]), gt(sessions.expiresAt, new Date().toISOString())))
    .all();
  return new Set(rows.map((row) => row.id));
}

export function deleteSession(db: Db, token: string): void {
  db.delete(sessions)
    .where(eq(sessions.tokenHash, sessionIdOf(token)))
    .run();
}

export function findUserByEmail(db: Db, email: string): User | undefined {
  return db.select().from(users).where(eq(users.email, email.toLowerCase())).get();
}
