import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import * as client from 'openid-client';
import { z } from 'zod';
import type { AppEnv } from '../../http/env.ts';
import { ownOrigin } from '../../http/origin-check.ts';
import { isSecureRequest, openSession } from '../../http/session-cookie.ts';
import { filledQueryParams } from '../../http/query-params.ts';
import { ApiError } from '../../errors.ts';
import type { OidcConfig } from '../../config.ts';
import { audit } from '../../commands/audit.ts';
import { findInvitationByToken } from '../../queries/invitation-reader.ts';
import { assertInvitationUsable } from '../../commands/invitation-accepter.ts';
import { oidcClientFor } from '../../auth/oidc/oidc-client.ts';
import { PENDING_LOGIN_TTL_MS } from '../../auth/oidc/pending-logins.ts';
import { sameSitePath } from '../../auth/oidc/return-path.ts';
import { exchangeCode } from '../../auth/oidc/code-exchange.ts';
import { resolveIdentity } from '../../commands/identity-sign-in.ts';
import { SignInRefusal, signInErrorOf, type SignInErrorCode } from '../../auth/oidc/sign-in-refusal.ts';

type Ctx = Context<AppEnv>;

/** Binds a sign-in to the browser that started it: a callback arriving elsewhere (login CSRF) is refused. */
const STATE_COOKIE = 'plenary_oidc_state';
const COOKIE_PATH = '/api/auth/oidc';
const CALLBACK_PATH = '/api/auth/oidc/callback';

export const oidcStartQuery = z.object({
  invitation: z.string().max(200).optional().describe('The token of the invitation link the sign-in accepts'),
  returnTo: z.string().max(2000).optional().describe('A path on this site to go to once signed in (default /)'),
});

function configuredProvider(c: Ctx): OidcConfig {
  const { oidc } = c.var.services.config;
  if (!oidc) throw new ApiError(404, 'not_found', 'Sign-in through an identity provider is not configured on this server.');
  return oidc;
}

/** Where the provider sends the person back: the public origin's, since the provider must know it in advance. */
function redirectUriOf(c: Ctx): URL {
  return new URL(CALLBACK_PATH, c.var.services.config.origin ?? ownOrigin(c));
}

const refused = (c: Ctx, code: SignInErrorCode) => c.redirect(`/login?signInError=${code}`, 302);

function reportFailure(error: unknown): SignInErrorCode {
  const code = signInErrorOf(error);
  // Refusals are the person's business; a provider failing, or a bug, is the operator's.
  if (code === 'provider') console.warn('Sign-in through the identity provider failed:', error instanceof Error ? error.message : error);
  if (code === undefined) console.error('Sign-in through the identity provider failed unexpectedly', error);
  return code ?? 'provider';
}

/** `/api/auth/oidc`: sign-in through the configured OpenID Connect provider (authorization code flow with PKCE). */
export const oidcRoutes = new Hono<AppEnv>()
  .get('/start', async (c) => {
    const oidc = configuredProvider(c);
    const { invitation, returnTo } = oidcStartQuery.parse(filledQueryParams(c));
    if (invitation !== undefined) {
      const found = findInvitationByToken(c.var.services.db, invitation);
      if (!found || found.invitation.purpose !== 'join') return refused(c, 'invitation');
      try {
        assertInvitationUsable(found.invitation);
      } catch {
        return refused(c, 'invitation');
      }
    }
    const { configuration, pending } = oidcClientFor(oidc);
    let authorizationUrl: URL;
    const state = client.randomState();
    const codeVerifier = client.randomPKCECodeVerifier();
    const nonce = client.randomNonce();
    try {
      authorizationUrl = client.buildAuthorizationUrl(await configuration(), {
        redirect_uri: redirectUriOf(c).href,
        scope: 'openid email profile',
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
    } catch (error) {
      return refused(c, reportFailure(error));
    }
    pending.add(state, { codeVerifier, nonce, invitationToken: invitation, returnTo: sameSitePath(returnTo) });
    setCookie(c, STATE_COOKIE, state, {
      httpOnly: true,
      // Lax: sent on the provider's top-level redirect back, never on requests other sites make in the background.
      sameSite: 'Lax',
      secure: isSecureRequest(c),
      path: COOKIE_PATH,
      maxAge: Math.floor(PENDING_LOGIN_TTL_MS / 1000),
    });
    return c.redirect(authorizationUrl.href, 302);
  })
  .get('/callback', async (c) => {
    const oidc = configuredProvider(c);
    const { db } = c.var.services;
    const { configuration, pending } = oidcClientFor(oidc);
    const state = c.req.query('state');
    const bound = getCookie(c, STATE_COOKIE);
    deleteCookie(c, STATE_COOKIE, { path: COOKIE_PATH });
    try {
      if (!state || state !== bound) throw new SignInRefusal('state', 'This sign-in did not start in this browser.');
      const login = pending.take(state);
      if (!login) throw new SignInRefusal('state', 'This sign-in expired or was already used.');
      const callbackUrl = redirectUriOf(c);
      callbackUrl.search = new URL(c.req.url).search;
      const identity = await exchangeCode(await configuration(), callbackUrl, state, login);
      const invitation = login.invitationToken === undefined ? undefined : findInvitationByToken(db, login.invitationToken);
      if (login.invitationToken !== undefined && !invitation) throw new SignInRefusal('invitation', 'The invitation no longer exists.');
      db.transaction((tx) => {
        const { user, processId } = resolveIdentity(tx, identity, invitation?.invitation);
        openSession(c, tx, user, 'oidc', processId);
        audit(tx, { user, processId, action: 'auth.login', details: { method: 'oidc' } });
      });
      return c.redirect(invitation ? '/' : login.returnTo, 302);
    } catch (error) {
      return refused(c, reportFailure(error));
    }
  });
