import { randomUUID } from 'node:crypto';
import type { DbHandle } from '../db/client.ts';
import { revisions, silenceProcedures } from '../db/schema.ts';
import type { RevisionRow } from '../db/types.ts';
import { conflict } from '../errors.ts';
import { runningSilence, textAdoption } from '../queries/silence-reader.ts';
import { latestRevisionKey } from '../queries/revision-reader.ts';
import type { DocumentAccess } from '../policies/actors.ts';
import { audit } from './audit.ts';
import { eq } from 'drizzle-orm';
import { modelFromYDoc, type ModelBlock } from '@plenary/shared/document/index';
import type { DocumentStore } from '../sync/persistence.ts';
import type { Services } from '../services.ts';
import { finalTextMessage } from './final-text.ts';

export interface StartSilenceProps {
  access: DocumentAccess;
  revision: Pick<RevisionRow, 'id' | 'name'>;
  deadline: Date;
  now: Date;
}

/** Whether the text as the log holds it now reads as the revision froze it (words, formatting, kinds, pids). */
function readsAsIssued(store: DocumentStore, tx: DbHandle, documentId: string, revisionId: string): boolean {
  const issued = tx.select({ blocks: revisions.blocks }).from(revisions).where(eq(revisions.id, revisionId)).get();
  const ydoc = store.load(documentId);
  const now = modelFromYDoc(ydoc).blocks;
  ydoc.destroy();
  const shape = (blocks: readonly ModelBlock[]) => JSON.stringify(blocks.map(({ pid, type, level, runs }) => [pid, type, level, runs]));
  return issued !== undefined && shape(issued.blocks) === shape(now);
}

/**
 * Puts a revision under silence until the deadline. Inside one transaction, so that two pen-holders asking
 * at once cannot both start one: the text must not be final yet, no procedure may be running, the revision
 * must still be the latest, and the text must read as it was issued (what is adopted is what was circulated).
 */
export function startSilence(
  { db, store }: Pick<Services, 'db' | 'store'>,
  { access, revision, deadline, now }: StartSilenceProps,
): string {
  const { doc, participant } = access;
  const id = randomUUID();
  db.transaction((tx) => {
    const adopted = textAdoption(tx, doc.id);
    if (adopted) throw conflict(finalTextMessage(adopted));
    const running = runningSilence(tx, doc.id);
    if (running) throw conflict(`A silence procedure is already under way, until ${running.deadline}.`);
    const latest = latestRevisionKey(tx, doc.id);
    if (latest?.id !== revision.id) {
      throw conflict(`Only the latest revision${latest ? ` (${latest.name})` : ''} can be put under silence.`);
    }
    if (!readsAsIssued(store, tx, doc.id, revision.id)) {
      throw conflict(`The text has changed since ${revision.name} was issued: issue a new revision to put the text under silence.`);
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
