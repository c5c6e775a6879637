import type { ParagraphHistoryResponse } from '@plenary/shared/api/index';
import type { Services } from '../services.ts';
import type { DocumentAccess } from '../policies/actors.ts';
import { notFound } from '../errors.ts';
import { presentProposals } from '../presenters/proposal.ts';
import { actorNamer } from './actor-reader.ts';
import { readParagraphs } from './paragraph-reader.ts';
import { readProposals } from './proposal-reader.ts';
import { stakeholdersSpokenFor } from './proposal-access.ts';
import { listRevisions } from './revision-reader.ts';
import { statusChangesOf } from './status-history.ts';
import { listReadableThreads } from './thread-lister.ts';
import { threadReader } from './thread-access.ts';

const AGREED = new Set(['agreed', 'agreed-ad-ref']);

/**
 * One paragraph's negotiating record as the caller may see it: its text in every revision, every proposal
 * made on it (and the one that inserted it) with what became of it, its status changes and its comments.
 * 404 when the pid was never a paragraph of this document.
 */
export function paragraphHistory(services: Pick<Services, 'db' | 'rooms'>, access: DocumentAccess, pid: string): ParagraphHistoryResponse {
  const { db } = services;
  const { doc, participant } = access;
  const paragraphs = readParagraphs(services, doc.id);
  const now = paragraphs.find((p) => p.pid === pid);
  const revisions = listRevisions(db, doc.id).map((revision) => {
    const block = revision.blocks.find((b) => b.pid === pid);
    return {
      revisionId: revision.id,
      name: revision.name,
      sequence: revision.sequence,
      issuedOn: revision.issuedOn,
      number: block?.number ?? null,
      text: block ? block.text : null,
    };
  });
  const records = readProposals(db, doc).filter((r) => r.row.pid === pid || r.row.resultPid === pid);
  const changes = statusChangesOf(db, doc.id, pid);
  if (!now && !revisions.some((r) => r.text !== null) && records.length === 0 && changes.length === 0) throw notFound('Paragraph');

  const proposals = presentProposals(records, { access, spokenFor: stakeholdersSpokenFor(db, participant.stakeholder.id) }, paragraphs);
  const name = actorNamer(db, changes);
  const threads = listReadableThreads(db, doc.id, threadReader(db, participant), { pid });
  return {
    pid,
    number: now?.number || null,
    text: now?.text ?? null,
    status: changes.at(-1)?.status ?? 'open',
    revisions,
    proposals,
    createdByProposalId: records.find((r) => r.row.resultPid === pid && r.row.pid !== pid && r.row.status === "accepted")?.row.id ?? null,
    statusChanges: changes.map((change) => ({
      status: change.status,
      previousStatus: change.previousStatus,
      reopened: AGREED.has(change.previousStatus) && !AGREED.has(change.status),
      note: change.note,
      at: change.at,
      by: name(change),
    })),
    comments: { threads: threads.length, open: threads.filter((t) => t.thread.resolvedAt === null).length },
  };
}
