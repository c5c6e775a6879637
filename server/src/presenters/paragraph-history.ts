import type { ActorResponse, ParagraphHistoryResponse } from '@plenary/shared/api/index';
import type { ParagraphRecord } from '../queries/paragraph-history.ts';
import type { ActorRef } from '../queries/actor-reader.ts';
import { presentProposals, type ProposalViewer } from './proposal.ts';

const AGREED = new Set(['agreed', 'agreed-ad-ref']);

export function presentParagraphHistory(
  record: ParagraphRecord,
  viewer: ProposalViewer,
  name: (ref: ActorRef) => ActorResponse,
): ParagraphHistoryResponse {
  const { pid, now } = record;
  const creator = record.proposals.find((r) => r.row.resultPid === pid && r.row.pid !== pid && r.row.status === 'accepted');
  return {
    pid,
    number: now?.number || null,
    text: now?.text ?? null,
    status: record.statusChanges.at(-1)?.status ?? 'open',
    revisions: record.revisions.map((revision) => {
      const block = revision.blocks.find((b) => b.pid === pid);
      return {
        revisionId: revision.id,
        name: revision.name,
        sequence: revision.sequence,
        issuedOn: revision.issuedOn,
        number: block?.number ?? null,
        text: block ? block.text : null,
      };
    }),
    proposals: presentProposals(record.proposals, viewer, record.paragraphs),
    createdByProposalId: creator?.row.id ?? null,
    statusChanges: record.statusChanges.map((change) => ({
      status: change.status,
      previousStatus: change.previousStatus,
      reopened: AGREED.has(change.previousStatus) && !AGREED.has(change.status),
      note: change.note,
      at: change.at,
      by: name(change),
    })),
    comments: { threads: record.threads.length, open: record.threads.filter((t) => t.thread.resolvedAt === null).length },
  };
}
