import { createHash } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import type { InvitationState } from '@plenary/shared/api/index';
import type { DbHandle } from '../db/client.ts';
import type { Role } from '@plenary/shared/domain/index';
import { invitations, memberships, processes, stakeholders, users } from '../db/schema.ts';
import { capacityProblem } from '../policies/onboarding-policy.ts';
import { findStakeholder } from './stakeholder-lister.ts';

export type InvitationRow = typeof invitations.$inferSelect;

export const invitationTokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export function invitationState(row: InvitationRow, now = new Date()): InvitationState {
  if (row.acceptedAt) return 'accepted';
  if (row.revokedAt) return 'revoked';
  if (row.expiresAt <= now.toISOString()) return 'expired';
  return 'pending';
}

/** The invitation a link's token names, with its process and stakeholder; undefined for a token never issued. */
export function findInvitationByToken(db: DbHandle, token: string) {
  if (token.length < 20 || token.length > 100) return undefined;
  return db
    .select({ invitation: invitations, process: processes, stakeholder: stakeholders })
    .from(invitations)
    .innerJoin(processes, eq(processes.id, invitations.processId))
    .innerJoin(stakeholders, eq(stakeholders.id, invitations.stakeholderId))
    .where(eq(invitations.tokenHash, invitationTokenHash(token)))
    .get();
}

/** A process's invitations, newest first, with who issued each. */
export function listInvitations(db: DbHandle, processId: string) {
  return db
    .select({ invitation: invitations, stakeholder: stakeholders, issuer: users.name })
    .from(invitations)
    .innerJoin(stakeholders, eq(stakeholders.id, invitations.stakeholderId))
    .innerJoin(users, eq(users.id, invitations.createdBy))
    .where(eq(invitations.processId, processId))
    .orderBy(desc(invitations.createdAt))
    .all();
}

/** The links to join a process sent to this address that can still be used, newest first. */
export function usableInvitationsFor(db: DbHandle, email: string): InvitationRow[] {
  const now = new Date();
  return db
    .select()
    .from(invitations)
    .where(and(eq(invitations.email, email.toLowerCase()), eq(invitations.purpose, 'join')))
    .orderBy(desc(invitations.createdAt))
    .all()
    .filter((row) => invitationState(row, now) === 'pending');
}

/** The process's unused, unrevoked links for this email (expired or not): what a new invitation supersedes. */
export function openInvitationsFor(db: DbHandle, processId: string, email: string, purpose: InvitationRow['purpose']) {
  return db
    .select()
    .from(invitations)
    .where(and(eq(invitations.processId, processId), eq(invitations.email, email), eq(invitations.purpose, purpose)))
    .all()
    .filter((row) => !row.acceptedAt && !row.revokedAt);
}

export interface InvitationTerms {
  email: string;
  name: string;
  stakeholderId: string;
  role: Role;
}

/** Why these terms cannot become an invitation to the process, or null. */
export function invitationProblem(db: DbHandle, processId: string, terms: InvitationTerms): string | null {
  const stakeholder = findStakeholder(db, terms.stakeholderId);
  if (!stakeholder) return `Unknown stakeholder "${terms.stakeholderId}".`;
  const capacity = capacityProblem(terms.role, stakeholder);
  if (capacity) return capacity;
  const member = db
    .select({ id: memberships.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(users.email, terms.email.toLowerCase()), eq(memberships.processId, processId)))
    .get();
  if (member) return `${terms.email} already takes part in this process: change their capacity instead.`;
  return null;
}

export function findInvitation(db: DbHandle, id: string): InvitationRow | undefined {
  return db.select().from(invitations).where(eq(invitations.id, id)).get();
}
