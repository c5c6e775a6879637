import { and, eq } from 'drizzle-orm';
import type { DocumentTarget } from '@plenary/shared/permissions/index';
import type { DbHandle } from '../db/client.ts';
import { documentLeads, documents, memberships, stakeholders } from '../db/schema.ts';
import { forbidden, notFound } from '../errors.ts';
import type { DocumentRow, User } from '../db/types.ts';
import type { DocumentAccess, Participant } from '../policies/actors.ts';

export function findParticipant(db: DbHandle, user: User, processId?: string): Participant | null {
  const row = db
    .select({ membership: memberships, stakeholder: stakeholders })
    .from(memberships)
    .innerJoin(stakeholders, eq(stakeholders.id, memberships.stakeholderId))
    .where(processId ? and(eq(memberships.userId, user.id), eq(memberships.processId, processId)) : eq(memberships.userId, user.id))
    .orderBy(memberships.createdAt)
    .get();
  if (!row) return null;
  return {
    user,
    membership: row.membership,
    stakeholder: row.stakeholder,
    actor: { role: row.membership.role, stakeholderId: row.stakeholder.id },
  };
}

export function documentTarget(db: DbHandle, doc: DocumentRow): DocumentTarget {
  const leads = db.select().from(documentLeads).where(eq(documentLeads.documentId, doc.id)).all();
  return { kind: doc.kind, leadStakeholderIds: leads.map((l) => l.stakeholderId) };
}

/**
 * Loads a document for a user who takes part in its process. Unknown documents are 404; documents of a
 * process the user is not part of are 403.
 */
export function loadDocumentAccess(db: DbHandle, user: User, documentId: string): DocumentAccess {
  const doc = db.select().from(documents).where(eq(documents.id, documentId)).get();
  if (!doc) throw notFound('Document');
  const participant = findParticipant(db, user, doc.processId);
  if (!participant) throw forbidden('You are not a participant in this process.');
  return { doc, target: documentTarget(db, doc), participant };
}
