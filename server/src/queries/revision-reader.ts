import { and, asc, desc, eq } from 'drizzle-orm';
import type { DbHandle } from '../db/client.ts';
import { revisions } from '../db/schema.ts';
import type { RevisionRow } from '../db/types.ts';
import { notFound } from '../errors.ts';

/** The revisions of a document, first issued first. */
export function listRevisions(db: DbHandle, documentId: string): RevisionRow[] {
  return db.select().from(revisions).where(eq(revisions.documentId, documentId)).orderBy(asc(revisions.sequence)).all();
}

/** The last revision issued on the document, if any. */
export function latestRevision(db: DbHandle, documentId: string): RevisionRow | undefined {
  return db.select().from(revisions).where(eq(revisions.documentId, documentId)).orderBy(desc(revisions.sequence)).limit(1).get();
}

/** The last revision's name and date, without reading its frozen text. */
export function latestRevisionKey(
  db: DbHandle,
  documentId: string,
): Pick<RevisionRow, 'id' | 'name' | 'sequence' | 'symbol' | 'issuedOn'> | undefined {
  return db
    .select({
      id: revisions.id,
      name: revisions.name,
      sequence: revisions.sequence,
      symbol: revisions.symbol,
      issuedOn: revisions.issuedOn,
    })
    .from(revisions)
    .where(eq(revisions.documentId, documentId))
    .orderBy(desc(revisions.sequence))
    .limit(1)
    .get();
}

/** One revision of the document; 404 when it is unknown or belongs to another document. */
export function loadRevision(db: DbHandle, documentId: string, revisionId: string): RevisionRow {
  const row = db
    .select()
    .from(revisions)
    .where(and(eq(revisions.documentId, documentId), eq(revisions.id, revisionId)))
    .get();
  if (!row) throw notFound('Revision');
  return row;
}

/** A revision's id and name, if it belongs to the document: enough to name it, without its frozen text. */
export function readRevisionOf(db: DbHandle, documentId: string, revisionId: string): Pick<RevisionRow, 'id' | 'name'> | undefined {
  return db
    .select({ id: revisions.id, name: revisions.name })
    .from(revisions)
    .where(and(eq(revisions.id, revisionId), eq(revisions.documentId, documentId)))
    .get();
}
