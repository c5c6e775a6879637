import { Hono } from 'hono';
import { deleteCookie, getCookie } from 'hono/cookie';
import { loginInput } from '@plenary/shared/validation/index';
import type { LoginResponse, SessionResponse } from '@plenary/shared/api/index';
import { deleteSession, findUserByEmail, SESSION_COOKIE, sessionIdOf } from '../../auth/sessions.ts';
import { openSession } from '../../http/session-cookie.ts';
import { verifyPassword } from '../../auth/password.ts';
import { retryAfterSeconds } from '../../auth/admission.ts';
import { clientAddress } from '../../http/client-address.ts';
import type { AppEnv } from '../../http/env.ts';
import { ApiError, forbidden } from '../../errors.ts';
import { readJson } from '../../http/json-body.ts';
import { audit } from '../../commands/audit.ts';
import { readMe } from '../../queries/me-reader.ts';
import { presentMe } from '../../presenters/me.ts';
import type { User } from '../../db/types.ts';
import { oidcRoutes } from './oidc.ts';

export const authRoutes = new Hono<AppEnv>()
  .post('/login', async (c) => {
    const { email, password } = await readJson(c, loginInput);
    const { db, loginThrottle, config } = c.var.services;
    if (!config.passwordSignIn)
      throw forbidden(`Password sign-in is turned off here: sign in through ${config.oidc?.name ?? 'the identity provider'}.`);
    // The attempt is counted before the slow hash, so parallel guesses cannot all get through.
    const admission = loginThrottle.admit(clientAddress(c), email);
    if (!admission.admitted) {
      c.header('Retry-After', String(retryAfterSeconds(admission.retryAfterMs)));
      throw new ApiError(429, 'rate_limited', 'Too many failed sign-in attempts. Try again later.');
    }
    let user: User | undefined;
    let valid = false;
    try {
      user = findUserByEmail(db, email);
      valid = await verifyPassword(password, user?.passwordHash);
    } finally {
      if (valid) admission.attempt.succeeded();
      else admission.attempt.failed();
    }
    if (!user || !valid) throw new ApiError(401, 'invalid_credentials', 'Email or password is incorrect.');
    // Told only to someone who knows the password: the account exists and was taken out of the process.
    if (user.deactivatedAt)
      throw new ApiError(403, 'deactivated', 'This account has been deactivated. Ask the secretariat to reactivate it.');
    openSession(c, db, user, 'password');
    audit(db, { user, action: 'auth.login' });
    const response: LoginResponse = { me: presentMe(readMe(db, user)) };
    return c.json(response);
  })
  .get('/session', (c) => {
    const { user } = c.var;
    const processId = c.var.session?.processId;
    const response: SessionResponse = user
      ? { signedIn: true, me: presentMe(readMe(c.var.services.db, user, processId)) }
      : { signedIn: false };
    return c.json(response);
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
  })
  .route('/oidc', oidcRoutes);
