import type { Context } from 'hono';
import { setCookie } from 'hono/cookie';
import { createSession, SESSION_COOKIE, type SessionMethod } from '../auth/sessions.ts';
import type { DbHandle } from '../db/client.ts';
import type { User } from '../db/types.ts';
import type { AppEnv } from './env.ts';

export function isSecureRequest(c: Context<AppEnv>): boolean {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
}

/**
 * Signs the person in on this browser: a new session and its cookie, for the deployment's session lifetime.
 * Run inside the transaction that decided the sign-in (accepting an invitation) to keep both or neither.
 */
export function openSession(c: Context<AppEnv>, db: DbHandle, user: User, method: SessionMethod, processId?: string): void {
  const { sessionTtlMs } = c.var.services.config;
  const { token } = createSession(db, user.id, { ttlMs: sessionTtlMs, method, userAgent: c.req.header('user-agent'), processId });
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: isSecureRequest(c),
    path: '/',
    maxAge: Math.floor(sessionTtlMs / 1000),
  });
}
