import { and, asc, desc, eq, inArray, isNull, lte } from 'drizzle-orm';
import type { DbHandle } from '../db/client.ts';
import { revisions, silenceProcedures, silenceStatements, stakeholders, users } from '../db/schema.ts';
import type { RevisionRow, SilenceProcedureRow, SilenceStatementRow, Stakeholder, User } from '../db/types.ts';

/** A procedure with what its answer names: the revision, who started it, and every statement breaking it. */
export interface SilenceRecord {
  row: SilenceProcedureRow;
  revision: Pick<RevisionRow, 'id' | 'name'>;
  startedBy: { user: Pick<User, 'id' | 'name'>; stakeholder: Stakeholder };
  statements: { row: SilenceStatementRow; user: Pick<User, 'id' | 'name'>; stakeholder: Stakeholder }[];
}

export function readSilenceProcedure(db: DbHandle, id: string): SilenceProcedureRow | undefined {
  return db.select().from(silenceProcedures).where(eq(silenceProcedures.id, id)).get();
}

/** The procedure still without an outcome on a document: at most one runs at a time. */
export function runningSilence(db: DbHandle, documentId: string): SilenceProcedureRow | undefined {
  return db
    .select()
    .from(silenceProcedures)
    .where(and(eq(silenceProcedures.documentId, documentId), isNull(silenceProcedures.outcome)))
    .get();
}

/** The procedure that adopted the document's text, if one did: from then on the text is final. */
export function textAdoption(db: DbHandle, documentId: string): SilenceProcedureRow | undefined {
  return db
    .select()
    .from(silenceProcedures)
    .where(and(eq(silenceProcedures.documentId, documentId), eq(silenceProcedures.outcome, 'adopted')))
    .get();
}

/** Procedures still running whose deadline is `now` or earlier, on one document or all. */
export function dueSilences(db: DbHandle, now: Date, documentId?: string): SilenceProcedureRow[] {
  const due = and(isNull(silenceProcedures.outcome), lte(silenceProcedures.deadline, now.toISOString()));
  return db
    .select()
    .from(silenceProcedures)
    .where(documentId ? and(due, eq(silenceProcedures.documentId, documentId)) : due)
    .all();
}

export function silenceStatementStakeholders(db: DbHandle, procedureId: string): string[] {
  return db
    .select({ stakeholderId: silenceStatements.stakeholderId })
    .from(silenceStatements)
    .where(eq(silenceStatements.procedureId, procedureId))
    .orderBy(asc(silenceStatements.id))
    .all()
    .map((s) => s.stakeholderId);
}

/** Every procedure of the document, the latest first (or only those named), with what their answers show. */
export function readSilenceRecords(db: DbHandle, documentId: string, onlyIds?: readonly string[]): SilenceRecord[] {
  const rows = db
    .select()
    .from(silenceProcedures)
    .where(
      onlyIds
        ? and(eq(silenceProcedures.documentId, documentId), inArray(silenceProcedures.id, [...onlyIds]))
        : eq(silenceProcedures.documentId, documentId),
    )
    .orderBy(desc(silenceProcedures.startedAt), desc(silenceProcedures.deadline))
    .all();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const statements = db
    .select({ row: silenceStatements, user: { id: users.id, name: users.name }, stakeholder: stakeholders })
    .from(silenceStatements)
    .innerJoin(users, eq(users.id, silenceStatements.userId))
    .innerJoin(stakeholders, eq(stakeholders.id, silenceStatements.stakeholderId))
    .where(inArray(silenceStatements.procedureId, ids))
    .orderBy(asc(silenceStatements.id))
    .all();
  const revisionNames = new Map(
    db
      .select({ id: revisions.id, name: revisions.name })
      .from(revisions)
      .where(inArray(revisions.id, [...new Set(rows.map((r) => r.revisionId))]))
      .all()
      .map((r) => [r.id, r]),
  );
  const starters = new Map(
    db
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(inArray(users.id, [...new Set(rows.map((r) => r.startedByUserId))]))
      .all()
      .map((u) => [u.id, u]),
  );
  const starterStakeholders = new Map(
    db
      .select()
      .from(stakeholders)
      .where(inArray(stakeholders.id, [...new Set(rows.map((r) => r.startedByStakeholderId))]))
      .all()
      .map((s) => [s.id, s]),
  );
  return rows.map((row) => ({
    row,
    revision: revisionNames.get(row.revisionId) ?? { id: row.revisionId, name: '' },
    startedBy: { user: starters.get(row.startedByUserId)!, stakeholder: starterStakeholders.get(row.startedByStakeholderId)! },
    statements: statements.filter((s) => s.row.procedureId === row.id),
  }));
}
