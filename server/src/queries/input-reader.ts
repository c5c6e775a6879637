import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { DbHandle } from '../db/client.ts';
import { inputAttachments, stakeholders, technicalInputs, technicalInputVersions, users } from '../db/schema.ts';
import type { InputAttachmentRow, Stakeholder, TechnicalInputRow } from '../db/types.ts';

/** An input with the names it is shown with: its agency, its author, who decided it, its attachment. */
export interface InputRecord {
  row: TechnicalInputRow;
  agency: Stakeholder;
  authorName: string;
  decidedBy: { name: string; stakeholder: Stakeholder } | null;
  attachment: InputAttachmentRow | null;
  /** Versions kept: one for the submission and one per edit. */
  versions: number;
}

const decider = alias(users, 'decider');
const deciderStakeholder = alias(stakeholders, 'decider_stakeholder');

function readRecords(db: DbHandle, where: ReturnType<typeof eq>): InputRecord[] {
  const rows = db
    .select({
      row: technicalInputs,
      agency: stakeholders,
      authorName: users.name,
      deciderName: decider.name,
      deciderStakeholder,
    })
    .from(technicalInputs)
    .innerJoin(stakeholders, eq(stakeholders.id, technicalInputs.stakeholderId))
    .innerJoin(users, eq(users.id, technicalInputs.authorUserId))
    .leftJoin(decider, eq(decider.id, technicalInputs.decidedByUserId))
    .leftJoin(deciderStakeholder, eq(deciderStakeholder.id, technicalInputs.decidedByStakeholderId))
    .where(where)
    .orderBy(asc(technicalInputs.seq))
    .all();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.row.id);
  const attachments = latestAttachments(db, ids);
  const versions = new Map(
    db
      .select({ inputId: technicalInputVersions.inputId, n: count() })
      .from(technicalInputVersions)
      .where(inArray(technicalInputVersions.inputId, ids))
      .groupBy(technicalInputVersions.inputId)
      .all()
      .map((v) => [v.inputId, v.n]),
  );
  return rows.map((r) => ({
    row: r.row,
    agency: r.agency,
    authorName: r.authorName,
    decidedBy: r.deciderName && r.deciderStakeholder ? { name: r.deciderName, stakeholder: r.deciderStakeholder } : null,
    attachment: attachments.get(r.row.id) ?? null,
    versions: versions.get(r.row.id) ?? 1,
  }));
}

/** The attachment of each input: its latest upload (earlier ones stay on record). */
function latestAttachments(db: DbHandle, inputIds: readonly string[]): Map<string, InputAttachmentRow> {
  const rows = db
    .select()
    .from(inputAttachments)
    .where(inArray(inputAttachments.inputId, [...inputIds]))
    .orderBy(asc(sql`rowid`))
    .all();
  return new Map(rows.map((row) => [row.inputId, row]));
}

/** Every input to a brief, in submission order. */
export function readInputs(db: DbHandle, documentId: string): InputRecord[] {
  return readRecords(db, eq(technicalInputs.documentId, documentId));
}

export function readInput(db: DbHandle, documentId: string, inputId: string): InputRecord | undefined {
  return readRecords(db, and(eq(technicalInputs.documentId, documentId), eq(technicalInputs.id, inputId))!)[0];
}

/** The stored file an input currently carries, if any. */
export function readLatestAttachment(db: DbHandle, inputId: string): InputAttachmentRow | undefined {
  return db
    .select()
    .from(inputAttachments)
    .where(eq(inputAttachments.inputId, inputId))
    .orderBy(desc(sql`rowid`))
    .limit(1)
    .get();
}
