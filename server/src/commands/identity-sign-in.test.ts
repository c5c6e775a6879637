import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { invitations, memberships, userIdentities, users } from '../db/schema.ts';
import { createProcessWithDocument, temporaryDatabase } from '../test/factories.ts';
import { seedReferenceData } from '../seed/reference.ts';
import { invitationTokenHash, type InvitationRow } from '../queries/invitation-reader.ts';
import type { ProviderIdentity } from '../auth/oidc/code-exchange.ts';
import { resolveIdentity } from './identity-sign-in.ts';
import type { SignInErrorCode } from '../auth/oidc/sign-in-refusal.ts';

const ISSUER = 'https://id.example.org';
let db: Db;
let dataDir: string;

beforeEach(() => {
  ({ db, dataDir } = temporaryDatabase());
  seedReferenceData(db);
  createProcessWithDocument(db);
  addUser('admin@example.org');
});
afterEach(() => {
  db.$client.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function addUser(email: string, deactivatedAt: string | null = null) {
  return db.insert(users).values({ id: randomUUID(), email, name: email, passwordHash: '', deactivatedAt }).returning().get();
}

function invite(email: string, changes: Partial<InvitationRow> = {}): InvitationRow {
  const admin = db.select().from(users).where(eq(users.email, 'admin@example.org')).get()!;
  return db
    .insert(invitations)
    .values({
      id: randomUUID(),
      tokenHash: invitationTokenHash(randomUUID()),
      purpose: 'join',
      email,
      name: 'New Person',
      processId: 'p1',
      stakeholderId: 'CAN',
      role: 'delegate',
      createdBy: admin.id,
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
      ...changes,
    })
    .returning()
    .get();
}

const identity = (email: string | undefined, changes: Partial<ProviderIdentity> = {}): ProviderIdentity => ({
  issuer: ISSUER,
  subject: `sub-${email}`,
  email,
  emailVerified: true,
  ...changes,
});

const resolve = (who: ProviderIdentity, invitation?: InvitationRow) => db.transaction((tx) => resolveIdentity(tx, who, invitation));

function refusal(who: ProviderIdentity, invitation?: InvitationRow): SignInErrorCode {
  try {
    resolve(who, invitation);
  } catch (error) {
    return (error as { code: SignInErrorCode }).code;
  }
  throw new Error('signed in');
}

const identitiesOf = (userId: string) => db.select().from(userIdentities).where(eq(userIdentities.userId, userId)).all();
const userCount = () => db.select().from(users).all().length;

describe('resolveIdentity', () => {
  it('creates the account of an invited address the provider vouches for, without a password, and links it', () => {
    const invitation = invite('new@example.org');
    const { user, processId } = resolve(identity('new@example.org'), invitation);
    expect(user).toMatchObject({ email: 'new@example.org', name: 'New Person', passwordHash: '' });
    expect(processId).toBe('p1');
    expect(db.select().from(memberships).where(eq(memberships.userId, user.id)).get()).toMatchObject({
      stakeholderId: 'CAN',
      role: 'delegate',
    });
    expect(identitiesOf(user.id)).toMatchObject([{ issuer: ISSUER, subject: 'sub-new@example.org', email: 'new@example.org' }]);
    // From then on the identity alone signs them in, whatever address the provider now gives.
    expect(resolve(identity('renamed@example.org', { subject: 'sub-new@example.org', emailVerified: false })).user.id).toBe(user.id);
    // Following their own used link again just signs them in.
    const used = db.select().from(invitations).where(eq(invitations.id, invitation.id)).get()!;
    expect(resolve(identity('new@example.org'), used).user.id).toBe(user.id);
  });

  it('refuses an invitation for another address, an unverified one, or a link that cannot be used, and keeps nothing', () => {
    const before = userCount();
    expect(refusal(identity('other@example.org'), invite('new@example.org'))).toBe('invitation');
    expect(refusal(identity('new@example.org', { emailVerified: false }), invite('new@example.org'))).toBe('email-unverified');
    expect(refusal(identity('new@example.org'), invite('new@example.org', { revokedAt: new Date().toISOString() }))).toBe('invitation');
    expect(refusal(identity('new@example.org'), invite('new@example.org', { expiresAt: new Date(0).toISOString() }))).toBe('invitation');
    expect(refusal(identity('new@example.org'), invite('new@example.org', { purpose: 'reset' }))).toBe('invitation');
    expect(userCount()).toBe(before);
    expect(db.select().from(userIdentities).all()).toEqual([]);
  });

  it('links an existing account whose address the provider vouches for', () => {
    const account = addUser('known@example.org');
    expect(resolve(identity('KNOWN@example.org')).user.id).toBe(account.id);
    expect(identitiesOf(account.id)).toHaveLength(1);
    expect(refusal(identity('known@example.org', { subject: 'someone-else', emailVerified: false }))).toBe('email-unverified');
    expect(identitiesOf(account.id)).toHaveLength(1);
  });

  it('accepts a waiting invitation for the vouched-for address when the sign-in did not start from its link', () => {
    invite('waiting@example.org', { expiresAt: new Date(0).toISOString() });
    const usable = invite('waiting@example.org');
    const { user, processId } = resolve(identity('waiting@example.org'));
    expect(processId).toBe('p1');
    expect(db.select().from(invitations).where(eq(invitations.id, usable.id)).get()).toMatchObject({ acceptedUserId: user.id });
    expect(identitiesOf(user.id)).toHaveLength(1);
    expect(refusal(identity('waiting@example.org', { emailVerified: false, subject: 'other' }))).toBe('email-unverified');
  });

  it('refuses an identity nobody invited, and creates no account', () => {
    const before = userCount();
    expect(refusal(identity('stranger@example.org'))).toBe('unknown-identity');
    expect(refusal(identity(undefined))).toBe('email-unverified');
    expect(userCount()).toBe(before);
  });

  it('refuses a deactivated account, by its link or by its address', () => {
    const account = addUser('gone@example.org');
    resolve(identity('gone@example.org'));
    db.update(users).set({ deactivatedAt: new Date().toISOString() }).where(eq(users.id, account.id)).run();
    expect(refusal(identity('gone@example.org'))).toBe('deactivated');
    expect(refusal(identity('gone@example.org', { subject: 'another-sub' }))).toBe('deactivated');
    addUser('invited-but-gone@example.org', new Date().toISOString());
    expect(refusal(identity('invited-but-gone@example.org'), invite('invited-but-gone@example.org'))).toBe('deactivated');
  });
});
