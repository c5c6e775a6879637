import { randomUUID } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { DbTransaction } from '../db/client.ts';
import { invitations, memberships, users } from '../db/schema.ts';
import { findUserByEmail } from '../auth/sessions.ts';
import type { User } from '../db/types.ts';
import { ApiError, forbidden } from '../errors.ts';
import { invitationState, type InvitationRow } from '../queries/invitation-reader.ts';
import { audit } from './audit.ts';

/** Refuses a link that can no longer be used: used, taken back, or past its expiry (403, saying which). */
export function assertInvitationUsable(invitation: InvitationRow, now = new Date()): void {
  const state = invitationState(invitation, now);
  if (state === 'accepted') throw forbidden('This link has already been used. Ask the secretariat for a new one.');
  if (state === 'revoked') throw forbidden('This link was withdrawn by the secretariat. Ask them for a new one.');
  if (state === 'expired') throw forbidden('This link has expired. Ask the secretariat for a new one.');
}

/** What accepting leads to for the person: a new account, or an existing one (given its new password hash, if any). */
export type Acceptance = { kind: 'new-account'; passwordHash: string } | { kind: 'existing-account'; user: User; newPasswordHash?: string };

/**
 * Uses the link, once: creates the account or joins the existing one to the process in the invited capacity, or
 * sets the new password of a reset. A second use racing the first finds the link used and is refused (403).
 * Returns the account, for the caller to sign in within the same transaction.
 */
export function completeInvitation(tx: DbTransaction, invitation: InvitationRow, acceptance: Acceptance): User {
  const now = new Date().toISOString();
  const claimed = tx
    .update(invitations)
    .set({ acceptedAt: now })
    .where(and(eq(invitations.id, invitation.id), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
    .run();
  if (claimed.changes !== 1) throw forbidden('This link has already been used. Ask the secretariat for a new one.');

  let user: User;
  if (acceptance.kind === 'new-account') {
    if (findUserByEmail(tx, invitation.email)) {
      throw new ApiError(409, 'conflict', `An account for ${invitation.email} already exists: sign in with it to accept.`);
    }
    user = tx
      .insert(users)
      .values({ id: randomUUID(), email: invitation.email, name: invitation.name, passwordHash: acceptance.passwordHash })
      .returning()
      .get();
  } else {
    user = acceptance.user;
    if (user.deactivatedAt) throw forbidden('This account has been deactivated. Ask the secretariat to reactivate it.');
    if (acceptance.newPasswordHash !== undefined) {
      user = tx.update(users).set({ passwordHash: acceptance.newPasswordHash }).where(eq(users.id, user.id)).returning().get();
    }
  }

  if (invitation.purpose === 'join') {
    const existing = tx
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.userId, user.id), eq(memberships.processId, invitation.processId)))
      .get();
    if (!existing) {
      tx.insert(memberships)
        .values({
          id: randomUUID(),
          userId: user.id,
          processId: invitation.processId,
          stakeholderId: invitation.stakeholderId,
          role: invitation.role,
        })
        .run();
    }
  }
  tx.update(invitations).set({ acceptedUserId: user.id }).where(eq(invitations.id, invitation.id)).run();
  audit(tx, {
    user,
    processId: invitation.processId,
    action: invitation.purpose === 'join' ? 'invitation.accept' : 'password-reset.complete',
    target: invitation.id,
    details: { kind: acceptance.kind, stakeholderId: invitation.stakeholderId, role: invitation.role },
  });
  return user;
}
