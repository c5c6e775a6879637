import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, gt, inArray, isNull } from 'drizzle-orm';
import type { Db, DbHandle } from '../db/client.ts';
import { sessions, users } from '../db/schema.ts';
import type { User } from '../db/types.ts';

export const SESSION_COOKIE = 'plenary_session';

export type SessionMethod = 'password' | 'oidc' | 'invitation';

/** A signed-in session, named by the hash of its cookie token (the token itself is never kept). */
export interface Session {
  id: string;
  user: User;
  /** The process the person works in on this device; null: their first. */
  processId: string | null;
}

/** A session's id: the sha256 of its cookie token, as stored. */
export const sessionIdOf = (token: string) => createHash('sha256').update(token).digest('hex');

export interface NewSession {
  ttlMs: number;
  method: SessionMethod;
  userAgent?: string | undefined;
  processId?: string | null;
}

export function createSession(db: DbHandle, userId: string, options: NewSession): { token: string; id: string; expiresAt: Date } {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + options.ttlMs);
  const id = sessionIdOf(token);
  db.insert(sessions)
    .values({
      tokenHash: id,
      userId,
      expiresAt: expiresAt.toISOString(),
      method: options.method,
      userAgent: options.userAgent?.slice(0, 300) ?? null,
      processId: options.processId ?? null,
    })
    .run();
  return { token, id, expiresAt };
}

/** The session of a cookie token, while it lasts and its person is active; null otherwise. */
export function findSession(db: Db, token: string | undefined): Session | null {
  if (!token || token.length > 200) return null;
  const id = sessionIdOf(token);
  const row = db
    .select({ user: users, processId: sessions.processId })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, id), gt(sessions.expiresAt, new Date().toISOString()), isNull(users.deactivatedAt)))
    .get();
  return row ? { id, user: row.user, processId: row.processId } : null;
}

/** Which of these sessions still exist, have not expired and belong to active people. */
export function liveSessionIds(db: Db, ids: readonly string[]): Set<string> {
  if (ids.length === 0) return new Set();
  const rows = db
    .select({ id: sessions.tokenHash })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(inArray(sessions.tokenHash, [...ids]), gt(sessions.expiresAt, new Date().toISOString()), isNull(users.deactivatedAt)))
    .all();
  return new Set(rows.map((row) => row.id));
}

/** A person's sessions that have not expired, newest first. */
export function listLiveSessions(db: DbHandle, userId: string) {
  return db
    .select()
    .from(sessions)
    .where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, new Date().toISOString())))
    .orderBy(desc(sessions.createdAt))
    .all();
}

export function deleteSession(db: DbHandle, token: string): void {
  deleteSessionById(db, sessionIdOf(token));
}

export function deleteSessionById(db: DbHandle, id: string): void {
  db.delete(sessions).where(eq(sessions.tokenHash, id)).run();
}

/** Ends every session of a person (deactivated, or a new password set); returns their ids, to end their connections. */
export function deleteUserSessions(db: DbHandle, userId: string, except?: string): string[] {
  const ids = db
    .select({ id: sessions.tokenHash })
    .from(sessions)
    .where(eq(sessions.userId, userId))
    .all()
    .map((row) => row.id)
    .filter((id) => id !== except);
  if (ids.length > 0) db.delete(sessions).where(inArray(sessions.tokenHash, ids)).run();
  return ids;
}

/** The process this device works in, from now on. */
export function setSessionProcess(db: DbHandle, id: string, processId: string): void {
  db.update(sessions).set({ processId }).where(eq(sessions.tokenHash, id)).run();
}

export function findUserByEmail(db: DbHandle, email: string): User | undefined {
  return db.select().from(users).where(eq(users.email, email.toLowerCase())).get();
}
