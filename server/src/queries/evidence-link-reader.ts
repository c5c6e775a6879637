import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import type { DbHandle } from '../db/client.ts';
import { documents, evidenceLinks, stakeholders, technicalInputs, users } from '../db/schema.ts';
import type { DocumentRow, Stakeholder, User } from '../db/types.ts';

export type EvidenceLinkRow = typeof evidenceLinks.$inferSelect;
type InputRow = typeof technicalInputs.$inferSelect;

/** A link with everything its presentation names: both documents, who made it, the input and its agency. */
export interface EvidenceLinkRecord {
  row: EvidenceLinkRow;
  compact: DocumentRow;
  brief: DocumentRow;
  creator: User;
  creatorStakeholder: Stakeholder;
  input: { row: InputRow; agency: Stakeholder } | null;
}

/** The side of a link a document is on: the compact's end or the brief's. */
function endOf(documentId: string, pid?: string) {
  const compactEnd = pid
    ? and(eq(evidenceLinks.compactDocumentId, documentId), eq(evidenceLinks.compactPid, pid))
    : eq(evidenceLinks.compactDocumentId, documentId);
  const briefEnd = pid
    ? and(eq(evidenceLinks.briefDocumentId, documentId), eq(evidenceLinks.briefPid, pid))
    : eq(evidenceLinks.briefDocumentId, documentId);
  return or(compactEnd, briefEnd);
}

function complete(db: DbHandle, rows: EvidenceLinkRow[]): EvidenceLinkRecord[] {
  if (rows.length === 0) return [];
  const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((item) => [item.id, item]));
  const docs = byId(
    db
      .select()
      .from(documents)
      .where(inArray(documents.id, [...new Set(rows.flatMap((r) => [r.compactDocumentId, r.briefDocumentId]))]))
      .all(),
  );
  const people = byId(
    db
      .select()
      .from(users)
      .where(inArray(users.id, [...new Set(rows.map((r) => r.createdByUserId))]))
      .all(),
  );
  const inputIds = [...new Set(rows.flatMap((r) => (r.inputId ? [r.inputId] : [])))];
  const inputs = byId(inputIds.length ? db.select().from(technicalInputs).where(inArray(technicalInputs.id, inputIds)).all() : []);
  const stakeholderIds = [...new Set([...rows.map((r) => r.createdByStakeholderId), ...[...inputs.values()].map((i) => i.stakeholderId)])];
  const parties = byId(db.select().from(stakeholders).where(inArray(stakeholders.id, stakeholderIds)).all());
  return rows.map((row) => {
    const input = row.inputId ? inputs.get(row.inputId) : undefined;
    return {
      row,
      compact: docs.get(row.compactDocumentId)!,
      brief: docs.get(row.briefDocumentId)!,
      creator: people.get(row.createdByUserId)!,
      creatorStakeholder: parties.get(row.createdByStakeholderId)!,
      input: input ? { row: input, agency: parties.get(input.stakeholderId)! } : null,
    };
  });
}

/** The live (not removed) links at one end of which is the document, or only its paragraph `pid`; oldest first. */
export function readLiveLinks(db: DbHandle, documentId: string, pid?: string): EvidenceLinkRecord[] {
  const rows = db
    .select()
    .from(evidenceLinks)
    .where(and(endOf(documentId, pid), isNull(evidenceLinks.removedAt)))
    .orderBy(evidenceLinks.createdAt, evidenceLinks.id)
    .all();
  return complete(db, rows);
}

/** One link, removed or not. */
export function readLink(db: DbHandle, linkId: string): EvidenceLinkRecord | undefined {
  const row = db.select().from(evidenceLinks).where(eq(evidenceLinks.id, linkId)).get();
  return row ? complete(db, [row])[0] : undefined;
}

/** The live link joining these two paragraphs (through the same input, or none), if there is one. */
export function findLiveLink(
  db: DbHandle,
  ends: { compactDocumentId: string; compactPid: string; briefDocumentId: string; briefPid: string; inputId: string | null },
): EvidenceLinkRow | undefined {
  return db
    .select()
    .from(evidenceLinks)
    .where(
      and(
        eq(evidenceLinks.compactDocumentId, ends.compactDocumentId),
        eq(evidenceLinks.compactPid, ends.compactPid),
        eq(evidenceLinks.briefDocumentId, ends.briefDocumentId),
        eq(evidenceLinks.briefPid, ends.briefPid),
        ends.inputId ? eq(evidenceLinks.inputId, ends.inputId) : isNull(evidenceLinks.inputId),
        isNull(evidenceLinks.removedAt),
      ),
    )
    .get();
}
