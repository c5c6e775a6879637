import type { PositionStatementInput } from '@plenary/shared/validation/index';
import type { DbHandle } from '../db/client.ts';
import { positionStatements } from '../db/schema.ts';
import type { SilenceProcedureRow } from '../db/types.ts';
import type { DocumentAccess } from '../policies/actors.ts';
import { audit } from './audit.ts';

export interface RecordPositionProps {
  access: DocumentAccess;
  adoption: SilenceProcedureRow;
  input: PositionStatementInput;
  now: Date;
}

/** Puts a delegation's explanation of position or reservation on record with the final text. */
export function recordPositionStatement(db: DbHandle, { access, adoption, input, now }: RecordPositionProps): number {
  const { participant, doc } = access;
  return db.transaction((tx) => {
    const { id } = tx
      .insert(positionStatements)
      .values({
        documentId: doc.id,
        procedureId: adoption.id,
        stakeholderId: participant.stakeholder.id,
        userId: participant.user.id,
        role: participant.membership.role,
        kind: input.kind,
        pids: input.pids,
        body: input.body,
        at: now.toISOString(),
      })
      .returning({ id: positionStatements.id })
      .get();
    audit(tx, {
      participant,
      action: 'position-statement.record',
      documentId: doc.id,
      target: String(id),
      details: { kind: input.kind, pids: input.pids, procedureId: adoption.id },
    });
    return id;
  });
}
