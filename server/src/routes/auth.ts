import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { eq } from 'drizzle-orm';
import { loginInput } from '@plenary/shared/validation/index';
import { createSession, deleteSession, SESSION_COOKIE, SESSION_TTL_MS, sessionIdOf } from '../auth/sessions.ts';
import { verifyPassword } from '../auth/password.ts';
import { RateLimiter } from '../auth/rate-limit.ts';
import { users } from '../db/schema.ts';
import type { AppEnv } from '../http/env.ts';
import { ApiError } from '../http/errors.ts';
import { readJson } from '../http/json-body.ts';
import { audit } from '../commands/audit.ts';
import { meFor } from './me.ts';

const failedLogins = new RateLimiter(10, 15 * 60 * 1000);

function clientAddress(c: { env: unknown }): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'unknown';
}

export const authRoutes = new Hono<AppEnv>()
  .post('/login', async (c) => {
    const { email, password } = await readJson(c, loginInput);
    const { db } = c.var.services;
    const key = `${clientAddress(c)}|${email}`;
    const wait = failedLogins.retryAfter(key);
    if (wait > 0) {
      c.header('Retry-After', String(Math.ceil(wait / 1000)));
      throw new ApiError(429, 'rate_limited', 'Too many failed sign-in attempts. Try again later.');
    }
    const user = db.select().from(users).where(eq(users.email, email)).get();
    if (!user || !(await verifyPassword(password, user.passwordHash))) {
      failedLogins.record(key);
      throw new ApiError(401, 'invalid_credentials', 'Email or password is incorrect.');
    }
    failedLogins.reset(key);
    const { token } = createSession(db, user.id);
    const secure = new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'Lax',
      secure,
      path: '/',
      maxAge: SESSION_TTL_MS / 1000,
    });
    audit(db, { user, action: 'auth.login' });
    return c.json({ me: meFor(db, user) });
  })
  .post('/logout', (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) {
      deleteSession(c.var.services.db, token);
      // Sockets and event streams were authorized when they opened: end this session's now, not when they close.
      c.var.services.connections.endSession(sessionIdOf(token));
    }
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });
