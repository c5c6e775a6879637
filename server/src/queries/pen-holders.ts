import { and, eq, inArray } from 'drizzle-orm';
import { penRoles, type DocumentTarget } from '@plenary/shared/permissions/index';
import type { Db } from '../db/client.ts';
import { memberships, stakeholders } from '../db/schema.ts';
import type { DocumentRow } from '../db/types.ts';

/**
 * Who holds the pen, by stakeholder short name, as the permission table grants it: a brief's lead agencies
 * first, then the stakeholders of the roles that hold it on every document of the kind (the co-facilitators
 * and the secretariat on the compact, the secretariat on a brief), in the table's order of roles.
 */
export function penHolderNames(db: Db, doc: DocumentRow, target: DocumentTarget): string[] {
  const leads =
    target.leadStakeholderIds.length === 0
      ? []
      : db
          .select({ name: stakeholders.shortName })
          .from(stakeholders)
          .where(inArray(stakeholders.id, [...target.leadStakeholderIds]))
          .all()
          .map((r) => r.name)
          .sort((a, b) => a.localeCompare(b));
  const roles = penRoles(doc.kind);
  const byRole = db
    .selectDistinct({ name: stakeholders.shortName, role: memberships.role })
    .from(memberships)
    .innerJoin(stakeholders, eq(stakeholders.id, memberships.stakeholderId))
    .where(and(eq(memberships.processId, doc.processId), inArray(memberships.role, roles)))
    .all()
    .sort((a, b) => roles.indexOf(a.role) - roles.indexOf(b.role) || a.name.localeCompare(b.name))
    .map((r) => r.name);
  return [...new Set([...leads, ...byRole])];
}
