import { eq } from 'drizzle-orm';
import type { Role } from '@plenary/shared/domain/index';
import type { Db } from '../db/client.ts';
import { memberships } from '../db/schema.ts';
import type { Membership } from '../db/types.ts';
import type { Participant } from '../policies/actors.ts';
import { audit } from './audit.ts';

/**
 * Changes the capacity a person acts in within the process. What they did before stays attributed to the capacity
 * they had then (every update, proposal and comment records its own); the change itself is audited with both.
 */
export function changeMembership(
  db: Db,
  admin: Participant,
  membership: Membership,
  next: { stakeholderId: string; role: Role },
): Membership {
  return db.transaction((tx) => {
    const changed = tx
      .update(memberships)
      .set({ stakeholderId: next.stakeholderId, role: next.role })
      .where(eq(memberships.id, membership.id))
      .returning()
      .get();
    audit(tx, {
      participant: admin,
      action: 'user.membership-change',
      target: membership.userId,
      details: { from: { stakeholderId: membership.stakeholderId, role: membership.role }, to: next },
    });
    return changed;
  });
}
