import { randomBytes, randomUUID } from 'node:crypto';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Role } from '@plenary/shared/domain/index';
import type { Db, DbHandle, DbTransaction } from '../db/client.ts';
import { invitations } from '../db/schema.ts';
import type { Stakeholder } from '../db/types.ts';
import type { Participant } from '../policies/actors.ts';
import { badRequest, conflict } from '../errors.ts';
import { invitationProblem, invitationTokenHash, openInvitationsFor, type InvitationTerms } from '../queries/invitation-reader.ts';
import { findStakeholder } from '../queries/stakeholder-lister.ts';
import { audit } from './audit.ts';

export interface IssuedInvitation {
  id: string;
  token: string;
  email: string;
  name: string;
  expiresAt: Date;
  stakeholder: Stakeholder;
  role: Role;
  purpose: 'join' | 'reset';
}

interface IssueProps {
  admin: Participant;
  processId: string;
  ttlMs: number;
}

/**
 * Makes one-time links for people to join the process, all or none: any row that cannot be an invitation
 * refuses the lot (400, naming it; 409 for a lone person already taking part). A person's earlier unused link to
 * the process is revoked by the new one. Run inside the caller's transaction. Returns the tokens, which are not
 * kept: the caller shows or mails them once.
 */
export function issueInvitations(
  tx: DbTransaction,
  { admin, processId, ttlMs, rowLabel = 'Row' }: IssueProps & { rowLabel?: string },
  rows: readonly InvitationTerms[],
): IssuedInvitation[] {
  const emails = rows.map((row) => row.email.toLowerCase());
  const twice = emails.find((email, i) => emails.indexOf(email) !== i);
  if (twice) throw badRequest(`${twice} is listed twice.`);
  return rows.map((terms, i) => {
    const problem = invitationProblem(tx, processId, terms);
    if (problem && rows.length > 1) throw badRequest(`${rowLabel} ${i + 1}: ${problem}`);
    if (problem) throw problem.includes('already takes part') ? conflict(problem) : badRequest(problem);
    return issueOne(tx, { admin, processId, ttlMs }, { ...terms, email: terms.email.toLowerCase() }, 'join');
  });
}

/** A link that lets an existing account set a new password (and ends its sessions when used). */
export function issuePasswordReset(db: Db, props: IssueProps, account: InvitationTerms): IssuedInvitation {
  return db.transaction((tx) => issueOne(tx, props, account, 'reset'));
}

function issueOne(
  tx: DbHandle,
  { admin, processId, ttlMs }: IssueProps,
  terms: InvitationTerms,
  purpose: 'join' | 'reset',
): IssuedInvitation {
  const now = new Date();
  const superseded = openInvitationsFor(tx, processId, terms.email, purpose).map((row) => row.id);
  if (superseded.length > 0) {
    tx.update(invitations)
      .set({ revokedAt: now.toISOString() })
      .where(and(inArray(invitations.id, superseded), isNull(invitations.acceptedAt)))
      .run();
  }
  const token = randomBytes(32).toString('base64url');
  const id = randomUUID();
  const expiresAt = new Date(now.getTime() + ttlMs);
  tx.insert(invitations)
    .values({
      id,
      tokenHash: invitationTokenHash(token),
      purpose,
      email: terms.email,
      name: terms.name,
      processId,
      stakeholderId: terms.stakeholderId,
      role: terms.role,
      createdBy: admin.user.id,
      createdAt: now.toISOString(),
      expiresAt: expiresAt.toISOString(),
    })
    .run();
  audit(tx, {
    participant: admin,
    processId,
    action: purpose === 'join' ? 'invitation.issue' : 'password-reset.issue',
    target: id,
    details: { email: terms.email, stakeholderId: terms.stakeholderId, role: terms.role, superseded },
  });
  const stakeholder = findStakeholder(tx, terms.stakeholderId)!;
  return { id, token, email: terms.email, name: terms.name, expiresAt, stakeholder, role: terms.role, purpose };
}

/** Takes a link back before it is used. */
export function revokeInvitation(db: Db, admin: Participant, invitationId: string): void {
  db.transaction((tx) => {
    tx.update(invitations).set({ revokedAt: new Date().toISOString() }).where(eq(invitations.id, invitationId)).run();
    audit(tx, { participant: admin, action: 'invitation.revoke', target: invitationId });
  });
}

/** Records that a link was e-mailed. */
export function markInvitationMailed(db: Db, invitationId: string): void {
  db.update(invitations).set({ mailedAt: new Date().toISOString() }).where(eq(invitations.id, invitationId)).run();
}
