import type { DbTransaction } from '../db/client.ts';
import { userIdentities } from '../db/schema.ts';
import type { User } from '../db/types.ts';
import { audit } from './audit.ts';

export interface IdentityLink {
  user: User;
  issuer: string;
  subject: string;
  /** The address the provider vouched for, kept as the evidence of why the link was made. */
  email: string;
}

/** Links an identity-provider account to a user, for good: from now on it signs in as them. */
export function linkIdentity(tx: DbTransaction, { user, issuer, subject, email }: IdentityLink): void {
  tx.insert(userIdentities).values({ issuer, subject, userId: user.id, email }).run();
  audit(tx, { user, action: 'identity.link', target: subject, details: { issuer, email } });
}
