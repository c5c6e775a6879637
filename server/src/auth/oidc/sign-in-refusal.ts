import { AuthorizationResponseError, ClientError, ResponseBodyError, WWWAuthenticateChallengeError } from 'openid-client';

/** Why a sign-in through the identity provider did not happen: the `signInError` the login page explains. */
export type SignInErrorCode =
  /** The provider vouched for someone nobody invited. */
  | 'unknown-identity'
  /** The callback's state was tampered with, expired, replayed, or did not start in this browser. */
  | 'state'
  /** The ID token was issued for another sign-in request. */
  | 'nonce'
  /** The provider did not vouch for the email address. */
  | 'email-unverified'
  | 'deactivated'
  /** The invitation link is used, expired or withdrawn, or was sent to another address. */
  | 'invitation'
  /** The provider refused, answered something invalid, or could not be reached. */
  | 'provider';

/** A sign-in refused for a reason the person is told. */
export class SignInRefusal extends Error {
  constructor(
    readonly code: SignInErrorCode,
    message: string = code,
  ) {
    super(message);
  }
}

/** Whether the library refused the ID token because its nonce is not the one this sign-in sent. */
function isNonceMismatch(error: unknown): boolean {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    const detail = (cause as { cause?: unknown }).cause;
    if (detail && typeof detail === 'object' && (detail as { claim?: unknown }).claim === 'nonce') return true;
  }
  return false;
}

function isProviderError(error: unknown): boolean {
  return (
    error instanceof ClientError ||
    error instanceof ResponseBodyError ||
    error instanceof AuthorizationResponseError ||
    error instanceof WWWAuthenticateChallengeError ||
    // What fetch throws when the provider cannot be reached, or answers too late.
    error instanceof TypeError ||
    (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError'))
  );
}

/** The code a failed sign-in is reported with; undefined for an error no provider or person could cause (a bug). */
export function signInErrorOf(error: unknown): SignInErrorCode | undefined {
  if (error instanceof SignInRefusal) return error.code;
  if (isNonceMismatch(error)) return 'nonce';
  if (isProviderError(error)) return 'provider';
  return undefined;
}
