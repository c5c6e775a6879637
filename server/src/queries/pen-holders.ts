import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { memberships, stakeholders } from '../db/schema.ts';
import type { DocumentTarget } from '@plenary/shared/permissions/index';
import type { DocumentRow } from '../db/types.ts';

/** Who holds the pen, by stakeholder short name: the co-facilitators on the compact, the co-leads on a brief. */
export function penHolderNames(db: Db, doc: DocumentRow, target: DocumentTarget): string[] {
  if (doc.kind === 'brief') {
    if (target.leadStakeholderIds.length === 0) return [];
    return db
      .select({ name: stakeholders.shortName })
      .from(stakeholders)
      .where(inArray(stakeholders.id, [...target.leadStakeholderIds]))
      .all()
      .map((r) => r.name);
  }
  const rows = db
    .selectDistinct({ name: stakeholders.shortName })
    .from(memberships)
    .innerJoin(stakeholders, eq(stakeholders.id, memberships.stakeholderId))
    .where(and(eq(memberships.processId, doc.processId), eq(memberships.role, 'cofacilitator')))
    .all();
  return rows.map((r) => r.name);
}
