import { and, eq } from 'drizzle-orm';
import type { DbHandle } from '../db/client.ts';
import { silenceStatements } from '../db/schema.ts';
import type { SilenceProcedureRow } from '../db/types.ts';
import { conflict } from '../errors.ts';
import { readSilenceProcedure } from '../queries/silence-reader.ts';
import { hasDeadlinePassed } from '../policies/silence-policy.ts';
import type { DocumentAccess } from '../policies/actors.ts';
import { audit } from './audit.ts';

export interface BreakSilenceProps {
  access: DocumentAccess;
  procedure: SilenceProcedureRow;
  statement: string;
  now: Date;
}

export function silenceEndedMessage(procedure: Pick<SilenceProcedureRow, 'deadline'>): string {
  return `The silence procedure ended at ${procedure.deadline}.`;
}

/** Records a delegation's statement breaking silence: before the deadline, once per delegation. */
export function breakSilence(db: DbHandle, { access, procedure, statement, now }: BreakSilenceProps): void {
  const { participant, doc } = access;
  const stakeholderId = participant.stakeholder.id;
  db.transaction((tx) => {
    const current = readSilenceProcedure(tx, procedure.id)!;
    if (current.outcome !== null || hasDeadlinePassed(current, now)) throw conflict(silenceEndedMessage(current));
    const already = tx
      .select({ id: silenceStatements.id })
      .from(silenceStatements)
      .where(and(eq(silenceStatements.procedureId, procedure.id), eq(silenceStatements.stakeholderId, stakeholderId)))
      .get();
    if (already) throw conflict(`${participant.stakeholder.shortName} has already broken this silence.`);
    const { id } = tx
      .insert(silenceStatements)
      .values({
        procedureId: procedure.id,
        stakeholderId,
        userId: participant.user.id,
        role: participant.membership.role,
        body: statement,
        at: now.toISOString(),
      })
      .returning({ id: silenceStatements.id })
      .get();
    audit(tx, { participant, action: 'silence.break', documentId: doc.id, target: procedure.id, details: { statementId: id } });
  });
}
