import { randomUUID } from 'node:crypto';
import { and, eq, max } from 'drizzle-orm';
import * as Y from 'yjs';
import { modelFromYDoc, type ModelBlock } from '@plenary/shared/document/index';
import type { IssueRevisionInput } from '@plenary/shared/validation/index';
import { proposals, revisions } from '../db/schema.ts';
import type { RevisionRow } from '../db/types.ts';
import { conflict } from '../errors.ts';
import type { Services } from '../services.ts';
import type { DocumentAccess } from '../policies/actors.ts';
import { numberingBaseline } from '../queries/numbering-baseline.ts';
import { currentStatuses } from '../queries/paragraph-statuses.ts';
import { audit } from './audit.ts';

/** Today's date in UTC as a revision bears it. */
const today = () => new Date().toISOString().slice(0, 10);

/** pid → the number a paragraph had just before the issue, for each one the clean numbering changes. */
function renumbered(frozen: readonly ModelBlock[], clean: readonly ModelBlock[]): Record<string, string> {
  const before = new Map(frozen.flatMap((block) => (block.pid && block.number ? [[block.pid, block.number]] : [])));
  const changed: Record<string, string> = {};
  for (const block of clean) {
    const was = block.pid ? before.get(block.pid) : undefined;
    if (block.pid && was && was !== block.number) changed[block.pid] = was;
  }
  return changed;
}

/**
 * Issues a revision: freezes the text as the log holds it (the Yjs state and the blocks with clean numbers,
 * recording what each number was before), and the state of every proposal and paragraph status. Everything
 * is read inside the transaction, so the revision is exactly the log up to `throughUpdateId`.
 */
export function issueRevision(services: Pick<Services, 'db' | 'store'>, access: DocumentAccess, input: IssueRevisionInput): RevisionRow {
  const { db, store } = services;
  const { doc, participant } = access;
  return db.transaction((tx) => {
    const taken = tx
      .select({ id: revisions.id })
      .from(revisions)
      .where(and(eq(revisions.documentId, doc.id), eq(revisions.name, input.name)))
      .get();
    if (taken) throw conflict(`A revision named "${input.name}" was already issued on this document: give this one another name.`);
    const sequence =
      (tx
        .select({ last: max(revisions.sequence) })
        .from(revisions)
        .where(eq(revisions.documentId, doc.id))
        .get()?.last ?? 0) + 1;

    const ydoc = store.load(doc.id);
    const throughUpdateId = store.lastUpdateId(tx, doc.id);
    const frozen = modelFromYDoc(ydoc, numberingBaseline(tx, doc.id)?.baseline).blocks;
    const clean = modelFromYDoc(ydoc).blocks;
    const statuses = Object.fromEntries([...currentStatuses(tx, doc.id)].filter(([, status]) => status !== 'open'));
    const proposalStates = tx
      .select({
        id: proposals.id,
        seq: proposals.seq,
        pid: proposals.pid,
        kind: proposals.kind,
        status: proposals.status,
        tablingStakeholderId: proposals.tablingStakeholderId,
      })
      .from(proposals)
      .where(eq(proposals.documentId, doc.id))
      .orderBy(proposals.seq)
      .all();

    const row = tx
      .insert(revisions)
      .values({
        id: randomUUID(),
        documentId: doc.id,
        sequence,
        name: input.name,
        symbol: input.symbol,
        issuedOn: input.issuedOn ?? today(),
        coverNote: input.coverNote,
        issuedByUserId: participant.user.id,
        issuedByStakeholderId: participant.stakeholder.id,
        issuedByRole: participant.membership.role,
        state: Buffer.from(Y.encodeStateAsUpdate(ydoc)),
        throughUpdateId,
        blocks: clean,
        previousNumbers: renumbered(frozen, clean),
        proposals: proposalStates,
        statuses,
      })
      .returning()
      .get();
    ydoc.destroy();
    audit(tx, {
      participant,
      action: 'revision.issue',
      documentId: doc.id,
      target: row.id,
      details: { name: row.name, symbol: row.symbol, sequence, throughUpdateId },
    });
    return row;
  });
}
