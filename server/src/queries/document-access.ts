import { and, eq } from 'drizzle-orm';
import type { DocumentTarget } from '@plenary/shared/permissions/index';
import { isBriefStage } from '@plenary/shared/domain/index';
import type { DbHandle } from '../db/client.ts';
import { documentLeads, documents, memberships, stakeholders } from '../db/schema.ts';
import { forbidden, notFound } from '../errors.ts';
import type { DocumentRow, User } from '../db/types.ts';
import type { DocumentAccess, Participant } from '../policies/actors.ts';
import { maySeeDocument } from '../policies/brief-visibility-policy.ts';

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
  const stage = doc.kind === 'brief' && isBriefStage(doc.status) ? doc.status : null;
  return { kind: doc.kind, leadStakeholderIds: leads.map((l) => l.stakeholderId), stage };
}

/**
 * Loads a document for a user who takes part in its process. Unknown documents, and briefs the user may not
 * see in their stage, are 404; documents of a process the user is not part of are 403.
 */
export function loadDocumentAccess(db: DbHandle, user: User, documentId: string): DocumentAccess {
  const doc = db.select().from(documents).where(eq(documents.id, documentId)).get();
  if (!doc) throw notFound('Document');
  const participant = findParticipant(db, user, doc.processId);
  if (!participant) throw forbidden('You are not a participant in this process.');
  const target = documentTarget(db, doc);
  if (!maySeeDocument(participant.actor, target)) throw notFound('Document');
  return { doc, target, participant };
}
