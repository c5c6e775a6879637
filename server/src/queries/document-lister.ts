import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { documents, memberships } from '../db/schema.ts';
import type { User } from '../db/types.ts';
import type { DocumentAccess } from '../policies/actors.ts';
import { documentTarget, findParticipant } from './document-access.ts';
import { maySeeDocument } from '../policies/brief-visibility-policy.ts';

/** Every document of every process the user takes part in, the compact of each first, then its briefs. */
export function listDocumentAccesses(db: Db, user: User): DocumentAccess[] {
  const processIds = db
    .select({ processId: memberships.processId })
    .from(memberships)
    .where(eq(memberships.userId, user.id))
    .all()
    .map((m) => m.processId);
  return processIds.flatMap((processId) => {
    const participant = findParticipant(db, user, processId)!;
    return db
      .select()
      .from(documents)
      .where(eq(documents.processId, processId))
      .orderBy(asc(documents.kind), asc(documents.briefNumber))
      .all()
      .sort((a, b) => Number(b.kind === 'compact') - Number(a.kind === 'compact'))
      .map((doc) => ({ doc, target: documentTarget(db, doc), participant }))
      .filter((access) => maySeeDocument(participant.actor, access.target));
  });
}
