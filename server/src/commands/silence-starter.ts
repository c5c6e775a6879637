import { randomUUID } from 'node:crypto';
import type { DbHandle } from '../db/client.ts';
import { silenceProcedures } from '../db/schema.ts';
import type { RevisionRow } from '../db/types.ts';
import { conflict } from '../errors.ts';
import { latestRevision, runningSilence, textAdoption } from '../queries/silence-reader.ts';
import type { DocumentAccess } from '../policies/actors.ts';
import { audit } from './audit.ts';
import { finalTextMessage } from './final-text.ts';

export interface StartSilenceProps {
  access: DocumentAccess;
  revision: Pick<RevisionRow, 'id' | 'name'>;
  deadline: Date;
  now: Date;
}

/**
 * Puts a revision under silence until the deadline. Inside one transaction, so that two pen-holders asking
 * at once cannot both start one: the text must not be final yet, no procedure may be running, and the
 * revision must still be the latest.
 */
export function startSilence(db: DbHandle, { access, revision, deadline, now }: StartSilenceProps): string {
  const { doc, participant } = access;
  const id = randomUUID();
  db.transaction((tx) => {
    const adopted = textAdoption(tx, doc.id);
    if (adopted) throw conflict(finalTextMessage(adopted));
    const running = runningSilence(tx, doc.id);
    if (running) throw conflict(`A silence procedure is already under way, until ${running.deadline}.`);
    const latest = latestRevision(tx, doc.id);
    if (latest?.id !== revision.id) {
      throw conflict(`Only the latest revision${latest ? ` (${latest.name})` : ''} can be put under silence.`);
    }
    tx.insert(silenceProcedures)
      .values({
        id,
        documentId: doc.id,
        revisionId: revision.id,
        startedByUserId: participant.user.id,
        startedByStakeholderId: participant.stakeholder.id,
        startedByRole: participant.membership.role,
        startedAt: now.toISOString(),
        deadline: deadline.toISOString(),
      })
      .run();
    audit(tx, {
      participant,
      action: 'silence.start',
      documentId: doc.id,
      target: id,
      details: { revisionId: revision.id, revisionName: revision.name, deadline: deadline.toISOString() },
    });
  });
  return id;
}
