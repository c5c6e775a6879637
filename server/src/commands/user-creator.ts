import { randomUUID } from 'node:crypto';
import type { Role } from '@plenary/shared/permissions/index';
import type { Db, DbTransaction } from '../db/client.ts';
import type { User } from '../db/types.ts';
import { eq } from 'drizzle-orm';
import { memberships, stakeholders, users } from '../db/schema.ts';
import { badRequest, conflict } from '../errors.ts';
import { hashPassword } from '../auth/password.ts';

/** A new account, with its password, or its password already hashed (the demo accounts share one). */
export type CreateUserProps = {
  id: string;
  email: string;
  name: string;
  processId: string;
  stakeholderId: string;
  role: Role;
} & ({ password: string } | { passwordHash: string });

/**
 * Creates an account and its membership of one process, for one stakeholder, in one role. An unknown
 * stakeholder is 400 and a taken email 409, checked again inside the transaction after the slow hash. `record`
 * writes the audit row in the same transaction.
 */
export async function createUser(db: Db, props: CreateUserProps, record?: (tx: DbTransaction, user: User) => void) {
  const taken = () => db.select({ id: users.id }).from(users).where(eq(users.email, props.email.toLowerCase())).get();
  if (!db.select({ id: stakeholders.id }).from(stakeholders).where(eq(stakeholders.id, props.stakeholderId)).get()) {
    throw badRequest(`Unknown stakeholder "${props.stakeholderId}".`);
  }
  if (taken()) throw conflict(`An account for ${props.email} already exists.`);
  const passwordHash = 'passwordHash' in props ? props.passwordHash : await hashPassword(props.password);
  return db.transaction((tx) => {
    if (taken()) throw conflict(`An account for ${props.email} already exists.`);
    const user = tx
      .insert(users)
      .values({ id: props.id, email: props.email.toLowerCase(), name: props.name, passwordHash })
      .returning()
      .get();
    tx.insert(memberships)
      .values({ id: randomUUID(), userId: user.id, processId: props.processId, stakeholderId: props.stakeholderId, role: props.role })
      .run();
    record?.(tx, user);
    return user;
  });
}
