/**
 * Why a sign-in through the identity provider did not succeed, as the server's callback names it in
 * `/login?signInError=<code>`, in the words shown on the sign-in page.
 */
export function signInErrorMessage(code: string, providerName = 'the identity provider'): string {
  const provider = providerName.charAt(0).toUpperCase() + providerName.slice(1);
  switch (code) {
    case 'unknown-identity':
      return 'No account is invited under this identity. Ask the secretariat for an invitation.';
    case 'state':
    case 'nonce':
      return 'The sign-in could not be verified (it may have taken too long, or been started in another tab). Please try again.';
    case 'email-unverified':
      return `${provider} has not verified your email address, so it cannot be matched to an invitation. Verify it there, then try again.`;
    case 'deactivated':
      return 'This account has been deactivated. Ask the secretariat to reactivate it.';
    case 'invitation':
      return 'The invitation link could not be used: it has already been used, was withdrawn or has expired. Ask the secretariat for a new one.';
    case 'provider':
      return `${provider} could not complete the sign-in. Please try again in a moment.`;
    default:
      return 'The sign-in did not succeed. Please try again.';
  }
}

/** A password refused for too many attempts (429), with how long to wait as the server's `Retry-After` says. */
export function tooManyAttemptsMessage(retryAfterSeconds: number | null): string {
  return `Too many attempts. Please wait ${waitText(retryAfterSeconds)} before trying again.`;
}

function waitText(seconds: number | null): string {
  if (seconds === null) return 'a little';
  if (seconds < 60) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? 'a minute' : `${minutes} minutes`;
}
