import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { findSessionUser, SESSION_COOKIE, type User } from '../auth/sessions.ts';
import type { AppEnv } from './env.ts';
import { unauthorized } from './errors.ts';

/** Resolves the session cookie to a user (or null) for every request, HTTP and WebSocket upgrade alike. */
export function sessionMiddleware(): MiddlewareHandler<AppEnv> {
  return async function readSession(c, next) {
    c.set('user', findSessionUser(c.var.services.db, getCookie(c, SESSION_COOKIE)));
    await next();
  };
}

export function requireUser<E extends AppEnv>(c: Context<E>): User {
  const user = c.var.user;
  if (!user) throw unauthorized();
  return user;
}
