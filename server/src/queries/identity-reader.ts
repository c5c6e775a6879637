import { and, eq } from 'drizzle-orm';
import type { DbHandle } from '../db/client.ts';
import { userIdentities, users } from '../db/schema.ts';
import type { User } from '../db/types.ts';

/** The account an identity-provider account (issuer and subject) is linked to, active or not. */
export function findIdentityUser(db: DbHandle, issuer: string, subject: string): User | undefined {
  return db
    .select({ user: users })
    .from(userIdentities)
    .innerJoin(users, eq(users.id, userIdentities.userId))
    .where(and(eq(userIdentities.issuer, issuer), eq(userIdentities.subject, subject)))
    .get()?.user;
}
