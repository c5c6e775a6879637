import type { Position } from '@plenary/shared/domain/index';
import { can } from '@plenary/shared/permissions/index';
import { proposalLabel, proposalParagraphLabel, proposalParagraphLabels } from '@plenary/shared/proposals/index';
import { isTablingSide, maySeeCosponsorship } from '../policies/proposal-policy.ts';
import type { PersonRef, ProposalRecord, SingleProposalRecord } from '../queries/proposal-reader.ts';
import type { DocumentAccess, Participant } from '../policies/actors.ts';
import type { DocumentParagraph } from '@plenary/shared/document/index';
import type { ProposalResponse } from '@plenary/shared/api/index';
import { presentStakeholderRef } from './stakeholder.ts';

/** Who is looking: the participant and every stakeholder they speak for (their own and their groups). */
export interface ProposalViewer {
  access: DocumentAccess;
  spokenFor: ReadonlySet<string>;
  /** The document's text was adopted and is final: nothing more happens to its proposals. */
  final?: boolean;
}

const personRef = (p: PersonRef) => ({ name: p.name, stakeholder: p.stakeholder?.shortName ?? null });

/**
 * Proposals as the viewer may see them, labelled against the document's current numbering. `records` are
 * every proposal of the document or every one on some paragraphs: a label depends only on its paragraph's.
 */
export function presentProposals(
  records: readonly ProposalRecord[],
  viewer: ProposalViewer,
  paragraphs: readonly DocumentParagraph[],
  /** For a page: the proposals of each kind on each paragraph tabled before it (see `countEarlierOfKind`). */
  earlierThanPage?: ReadonlyMap<string, number>,
): ProposalResponse[] {
  const labels = proposalParagraphLabels(
    paragraphs,
    records.map((r) => r.row),
    earlierThanPage,
  );
  const texts = new Map(paragraphs.map((p) => [p.pid, p.text]));
  return records.map((record) => presentProposal(record, viewer, labels.get(record.row.id) ?? null, texts.get(record.row.pid)));
}

/** One proposal as `presentProposals` would show it; `paragraph` is its target as it reads now, if still there. */
export function presentSingleProposal(
  record: SingleProposalRecord,
  viewer: ProposalViewer,
  paragraph: DocumentParagraph | undefined,
): ProposalResponse {
  const label = proposalParagraphLabel(paragraph?.number, record.row.kind, record.earlierOfKind);
  return presentProposal(record, viewer, label, paragraph?.text);
}

function presentProposal(
  record: ProposalRecord,
  viewer: ProposalViewer,
  paragraphLabel: string | null,
  currentText: string | undefined,
): ProposalResponse {
  const { row } = record;
  const participant = viewer.access.participant;
  const cosponsors = record.cosponsors.filter((c) =>
    maySeeCosponsorship({ participant, spokenFor: viewer.spokenFor }, row, { stakeholderId: c.stakeholder.id, status: c.status }),
  );
  const confirmed = record.cosponsors.filter((c) => c.status === 'confirmed');
  const byPosition = (position: Position) =>
    record.positions
      .filter((p) => p.position === position)
      .map((p) => ({ stakeholder: presentStakeholderRef(p.stakeholder), reason: p.reason, at: p.createdAt }));
  const supporters = byPosition('support');
  const opposers = byPosition('oppose');
  return {
    id: row.id,
    seq: row.seq,
    documentId: row.documentId,
    pid: row.pid,
    kind: row.kind,
    status: row.status,
    outdated: row.outdated,
    label: proposalLabel(record.tabledBy.shortName, confirmed.length),
    paragraphLabel,
    /** The paragraph no longer reads as it did when the proposal was written (null once it is gone). */
    paragraphChanged: currentText === undefined ? null : row.kind !== 'insert-after' && currentText !== row.baseText,
    baseText: row.baseText,
    text: row.text,
    diff: row.diff,
    justification: row.justification,
    tabledBy: presentStakeholderRef(record.tabledBy),
    author: personRef(record.author),
    cosponsors: cosponsors.map((c) => ({ stakeholder: presentStakeholderRef(c.stakeholder), status: c.status })),
    supporters,
    opposers,
    counts: { cosponsors: confirmed.length, supporters: supporters.length, opposers: opposers.length },
    decision: record.decidedBy
      ? { status: row.status, by: personRef(record.decidedBy), at: row.decidedAt, reason: row.decisionReason }
      : null,
    resultPid: row.resultPid,
    viewer: viewerState(record, viewer, participant),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** What the viewer's own delegation has done and may do, so clients need not re-derive the rules. */
function viewerState(record: ProposalRecord, viewer: ProposalViewer, participant: Participant): ProposalResponse['viewer'] {
  const { row } = record;
  const own = participant.stakeholder.id;
  const tabled = row.status === 'tabled' && !viewer.final;
  const tablingSide = isTablingSide(participant, row);
  const cosponsorship = record.cosponsors.find((c) => viewer.spokenFor.has(c.stakeholder.id));
  const confirmedCosponsor = record.cosponsors.some((c) => c.stakeholder.id === own && c.status === 'confirmed');
  const target = viewer.access.target;
  return {
    position: record.positions.find((p) => p.stakeholder.id === own)?.position ?? null,
    cosponsorship: cosponsorship ? { stakeholderId: cosponsorship.stakeholder.id, status: cosponsorship.status } : null,
    canTakePosition: tabled && can(participant.actor, 'take-position', target) && !tablingSide && !confirmedCosponsor,
    canWithdraw: tabled && tablingSide && can(participant.actor, 'table-proposal', target),
    canDecide: tabled && can(participant.actor, 'decide-proposal', target),
    canReopen:
      !viewer.final && (row.status === 'accepted' || row.status === 'rejected') && can(participant.actor, 'decide-proposal', target),
  };
}
