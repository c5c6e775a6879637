import type { PositionStatementResponse } from '@plenary/shared/api/index';
import type { DocumentParagraph } from '@plenary/shared/document/index';
import type { PositionStatementRecord } from '../queries/position-statement-reader.ts';

/** A position statement, its paragraphs numbered as in the final text. */
export function presentPositionStatement(
  record: PositionStatementRecord,
  paragraphs: readonly DocumentParagraph[],
): PositionStatementResponse {
  const { row, user, stakeholder } = record;
  const numbers = new Map(paragraphs.map((p) => [p.pid, p.number]));
  return {
    id: row.id,
    documentId: row.documentId,
    procedureId: row.procedureId,
    kind: row.kind,
    paragraphs: row.pids.map((pid) => ({ pid, number: numbers.get(pid) || null })),
    stakeholder: { id: stakeholder.id, name: stakeholder.name, shortName: stakeholder.shortName },
    user: { id: user.id, name: user.name },
    role: row.role,
    body: row.body,
    at: row.at,
  };
}
