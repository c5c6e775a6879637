import type { DbTransaction } from '../db/client.ts';
import type { User } from '../db/types.ts';
import { ApiError } from '../errors.ts';
import { findUserByEmail } from '../auth/sessions.ts';
import { findIdentityUser } from '../queries/identity-reader.ts';
import { usableInvitationsFor, type InvitationRow } from '../queries/invitation-reader.ts';
import { assertInvitationUsable, completeInvitation } from './invitation-accepter.ts';
import { linkIdentity } from './identity-linker.ts';
import type { ProviderIdentity } from '../auth/oidc/code-exchange.ts';
import { SignInRefusal } from '../auth/oidc/sign-in-refusal.ts';

export interface ResolvedSignIn {
  user: User;
  /** The process the sign-in is for: the one the invitation joined, if it came from one. */
  processId?: string;
}

/** The address the provider vouched for; an address it did not verify proves nothing. */
function verifiedEmailOf(identity: ProviderIdentity): string {
  if (!identity.email || !identity.emailVerified) {
    throw new SignInRefusal('email-unverified', 'The identity provider did not confirm this email address.');
  }
  return identity.email.toLowerCase();
}

function assertActive(user: User): void {
  if (user.deactivatedAt) throw new SignInRefusal('deactivated', 'This account has been deactivated.');
}

/** Accepts the invitation the sign-in started from, for the person the provider vouched for. */
function acceptInvitation(
  tx: DbTransaction,
  identity: ProviderIdentity,
  invitation: InvitationRow,
  linked: User | undefined,
): ResolvedSignIn {
  // Their own link, followed again after it made the link: they are simply signed in.
  if (linked && invitation.acceptedUserId === linked.id) return { user: linked, processId: invitation.processId };
  try {
    // A reset link sets a password; through the provider there is none to set.
    if (invitation.purpose !== 'join') throw new SignInRefusal('invitation', 'This link is not an invitation.');
    assertInvitationUsable(invitation);
  } catch (error) {
    if (error instanceof ApiError) throw new SignInRefusal('invitation', error.message);
    throw error;
  }
  const email = verifiedEmailOf(identity);
  if (email !== invitation.email.toLowerCase()) {
    throw new SignInRefusal('invitation', `This invitation was sent to another address than ${email}.`);
  }
  const account = linked ?? findUserByEmail(tx, email);
  if (account) assertActive(account);
  let user: User;
  try {
    user = completeInvitation(
      tx,
      invitation,
      account ? { kind: 'existing-account', user: account } : { kind: 'new-account', passwordHash: '' },
    );
  } catch (error) {
    if (error instanceof ApiError) throw new SignInRefusal('invitation', error.message);
    throw error;
  }
  if (!linked) linkIdentity(tx, { user, issuer: identity.issuer, subject: identity.subject, email });
  return { user, processId: invitation.processId };
}

/**
 * Who a provider's sign-in is, in this order: the account its identity is already linked to; the invitation it
 * started from, when the provider vouches for the invited address (the account is created or joined, and the
 * identity linked); an active account with the vouched-for address (linked from then on); a usable invitation to
 * that address, as if its link had been followed. Anyone else is
 * refused: the provider proves who someone is, never that they were invited. Run inside a transaction, so that
 * a refusal leaves nothing behind.
 */
export function resolveIdentity(tx: DbTransaction, identity: ProviderIdentity, invitation?: InvitationRow): ResolvedSignIn {
  const linked = findIdentityUser(tx, identity.issuer, identity.subject);
  if (linked) assertActive(linked);
  if (invitation) return acceptInvitation(tx, identity, invitation, linked);
  if (linked) return { user: linked };

  const email = verifiedEmailOf(identity);
  const account = findUserByEmail(tx, email);
  if (!account) {
    // Invited, but signing in from the sign-in page rather than the link: the newest usable invitation counts.
    const waiting = usableInvitationsFor(tx, email)[0];
    if (waiting) return acceptInvitation(tx, identity, waiting, undefined);
    throw new SignInRefusal('unknown-identity', `No account is invited under ${email}.`);
  }
  assertActive(account);
  linkIdentity(tx, { user: account, issuer: identity.issuer, subject: identity.subject, email });
  return { user: account };
}
