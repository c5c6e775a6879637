import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { auditLog, stakeholders, users } from '../db/schema.ts';
import type { Stakeholder } from '../db/types.ts';
import { notAboutThreads } from './audit-visibility.ts';

export interface AuditFilterOptions {
  users: { id: string; name: string }[];
  stakeholders: Stakeholder[];
  actions: string[];
}

/** The people, stakeholders and actions present in a document's log (as far as its reader may see it). */
export function readAuditFilterOptions(db: Db, documentId: string, hiddenThreadIds: readonly string[]): AuditFilterOptions {
  const inLog = and(eq(auditLog.documentId, documentId), notAboutThreads(hiddenThreadIds));
  return {
    users: db
      .selectDistinct({ id: users.id, name: users.name })
      .from(auditLog)
      .innerJoin(users, eq(users.id, auditLog.userId))
      .where(inLog)
      .orderBy(asc(users.name), asc(users.id))
      .all(),
    stakeholders: db
      .selectDistinct({ stakeholder: stakeholders })
      .from(auditLog)
      .innerJoin(stakeholders, eq(stakeholders.id, auditLog.stakeholderId))
      .where(inLog)
      .orderBy(asc(stakeholders.name), asc(stakeholders.id))
      .all()
      .map((r) => r.stakeholder),
    actions: db
      .selectDistinct({ action: auditLog.action })
      .from(auditLog)
      .where(inLog)
      .orderBy(asc(auditLog.action))
      .all()
      .map((r) => r.action),
  };
}
