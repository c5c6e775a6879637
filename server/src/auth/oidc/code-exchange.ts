import * as client from 'openid-client';
import type { PendingLogin } from './pending-logins.ts';
import { SignInRefusal } from './sign-in-refusal.ts';

/** Who the provider says signed in. */
export interface ProviderIdentity {
  issuer: string;
  subject: string;
  /** Lower-cased; undefined when the provider gave none. */
  email: string | undefined;
  /** Only an explicit yes from the provider counts. */
  emailVerified: boolean;
}

// Some providers send the flag as the string "true".
const isYes = (value: unknown) => value === true || value === 'true';

/**
 * Checks the provider's answer (state, PKCE, the ID token's signature, audience and nonce) and redeems the code.
 * Providers that keep the ID token minimal give the email only at the userinfo endpoint: it is read there then,
 * for the same subject.
 */
export async function exchangeCode(
  configuration: client.Configuration,
  callbackUrl: URL,
  state: string,
  login: PendingLogin,
): Promise<ProviderIdentity> {
  const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
    pkceCodeVerifier: login.codeVerifier,
    expectedState: state,
    expectedNonce: login.nonce,
    idTokenExpected: true,
  });
  const idToken = tokens.claims();
  if (!idToken) throw new SignInRefusal('provider', 'The provider answered without an ID token.');
  let claims: Record<string, unknown> = idToken;
  if (typeof idToken.email !== 'string' && tokens.access_token) {
    claims = { ...(await client.fetchUserInfo(configuration, tokens.access_token, idToken.sub)), ...idToken };
  }
  return {
    issuer: idToken.iss,
    subject: idToken.sub,
    email: typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : undefined,
    emailVerified: isYes(claims.email_verified),
  };
}
