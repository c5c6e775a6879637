import { eq } from 'drizzle-orm';
import type { SilenceOutcome } from '@plenary/shared/domain/index';
import type { DbHandle } from '../db/client.ts';
import { documents, silenceProcedures } from '../db/schema.ts';
import type { SilenceProcedureRow } from '../db/types.ts';
import { readSilenceProcedure, silenceStatementStakeholders } from '../queries/silence-reader.ts';
import { silenceOutcome } from '../policies/silence-policy.ts';
import { audit } from './audit.ts';

export interface SettledSilence {
  procedure: SilenceProcedureRow;
  outcome: SilenceOutcome;
}

/**
 * Ends a procedure whose deadline has passed: adopted when nobody broke silence, broken otherwise. It ended
 * at its deadline, whenever the server gets to write it down. Null when it had already ended (another path
 * settled it first).
 */
export function settleSilence(db: DbHandle, procedureId: string): SettledSilence | null {
  return db.transaction((tx) => {
    const procedure = readSilenceProcedure(tx, procedureId);
    if (!procedure || procedure.outcome !== null) return null;
    const breakers = silenceStatementStakeholders(tx, procedure.id);
    const outcome = silenceOutcome(breakers.length);
    tx.update(silenceProcedures).set({ outcome, endedAt: procedure.deadline }).where(eq(silenceProcedures.id, procedure.id)).run();
    const doc = tx.select({ processId: documents.processId }).from(documents).where(eq(documents.id, procedure.documentId)).get();
    audit(tx, {
      action: 'silence.end',
      processId: doc?.processId,
      documentId: procedure.documentId,
      target: procedure.id,
      details: { outcome, brokenBy: breakers, revisionId: procedure.revisionId },
    });
    return { procedure: { ...procedure, outcome, endedAt: procedure.deadline }, outcome };
  });
}
