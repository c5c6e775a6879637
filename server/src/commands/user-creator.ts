import { randomUUID } from 'node:crypto';
import type { Role } from '@plenary/shared/permissions/index';
import type { Db } from '../db/client.ts';
import { memberships, users } from '../db/schema.ts';
import { hashPassword } from '../auth/password.ts';

export interface CreateUserProps {
  id: string;
  email: string;
  name: string;
  password: string;
  processId: string;
  stakeholderId: string;
  role: Role;
}

/** Creates an account and its membership of one process, for one stakeholder, in one role. */
export async function createUser(db: Db, props: CreateUserProps) {
  const passwordHash = await hashPassword(props.password);
  return db.transaction((tx) => {
    const user = tx
      .insert(users)
      .values({ id: props.id, email: props.email.toLowerCase(), name: props.name, passwordHash })
      .returning()
      .get();
    tx.insert(memberships)
      .values({ id: randomUUID(), userId: user.id, processId: props.processId, stakeholderId: props.stakeholderId, role: props.role })
      .run();
    return user;
  });
}
