import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { findSession, SESSION_COOKIE, type Session } from '../auth/sessions.ts';
import type { AppEnv } from './env.ts';
import { unauthorized } from '../errors.ts';
import type { User } from '../db/types.ts';

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
