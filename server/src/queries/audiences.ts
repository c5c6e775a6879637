import { and, eq } from 'drizzle-orm';
import { can } from '@plenary/shared/permissions/index';
import type { DbHandle } from '../db/client.ts';
import { memberships } from '../db/schema.ts';
import type { DocumentAccess } from '../policies/actors.ts';

/** Users who take part in the document's process in a role that may read it. */
export function documentReaderIds(db: DbHandle, access: Pick<DocumentAccess, 'doc' | 'target'>): Set<string> {
  const rows = db.select().from(memberships).where(eq(memberships.processId, access.doc.processId)).all();
  return new Set(rows.filter((m) => can({ role: m.role, stakeholderId: m.stakeholderId }, 'read', access.target)).map((m) => m.userId));
}

/** Users of one stakeholder in a process: whoever can act on an invitation addressed to it. */
export function stakeholderUserIds(db: DbHandle, processId: string, stakeholderId: string): string[] {
  return db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.processId, processId), eq(memberships.stakeholderId, stakeholderId)))
    .all()
    .map((m) => m.userId);
}
