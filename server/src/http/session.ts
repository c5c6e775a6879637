import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { findSession, SESSION_COOKIE, type Session } from '../auth/sessions.ts';
import type { AppEnv } from './env.ts';
import { unauthorized } from '../errors.ts';
import type { User } from '../db/types.ts';
import type { Participant } from '../policies/actors.ts';
import { findParticipant } from '../queries/document-access.ts';

/** Resolves the session cookie to a user (or null) for every request, HTTP and WebSocket upgrade alike. */
export function sessionMiddleware(): MiddlewareHandler<AppEnv> {
  return async function readSession(c, next) {
    const session = findSession(c.var.services.db, getCookie(c, SESSION_COOKIE));
    c.set('session', session);
    c.set('user', session?.user ?? null);
    await next();
  };
}

export function requireUser<E extends AppEnv>(c: Context<E>): User {
  const user = c.var.user;
  if (!user) throw unauthorized();
  return user;
}

/** The caller's session, for connections that must end with it (sync sockets, event streams). */
export function requireSession<E extends AppEnv>(c: Context<E>): Session {
  const session = c.var.session;
  if (!session) throw unauthorized();
  return session;
}

/**
 * The caller's part in the process they work in on this device (chosen on the home page), or in their first
 * process; null when they take part in none.
 */
export function currentParticipant(c: Context<AppEnv>, processId?: string): Participant | null {
  const user = requireUser(c);
  const { db } = c.var.services;
  if (processId) return findParticipant(db, user, processId);
  const chosen = c.var.session?.processId;
  return (chosen ? findParticipant(db, user, chosen) : null) ?? findParticipant(db, user);
}
