import type { TechnicalInputResponse } from '@plenary/shared/api/index';
import { inputAttributionLabel } from '@plenary/shared/domain/index';
import type { DocumentParagraph } from '@plenary/shared/document/index';
import { blockLabels } from '../text/block-labels.ts';
import type { InputRecord } from '../queries/input-reader.ts';
import type { DocumentAccess } from '../policies/actors.ts';
import { isSettledStage, isSubmittingAgency, mayDecideInput, takesInputDecisions, takesInputs } from '../policies/input-policy.ts';
import { presentStakeholderRef } from './stakeholder.ts';

/** Where the words an input brought in are credited: "IOM input", "IOM input, as revised by OHCHR". */
export function inputAttribution(record: InputRecord): string | null {
  const { row, agency, decidedBy } = record;
  if (row.status === 'incorporated') return inputAttributionLabel(agency.shortName);
  if (row.status === 'incorporated-with-edit') return inputAttributionLabel(agency.shortName, decidedBy?.stakeholder.shortName ?? null);
  return null;
}

export function presentInputs(
  records: readonly InputRecord[],
  access: DocumentAccess,
  paragraphs: readonly DocumentParagraph[],
): TechnicalInputResponse[] {
  const labels = blockLabels(paragraphs);
  return records.map((record) => presentInput(record, access, labels));
}

export function presentInput(record: InputRecord, access: DocumentAccess, labels: ReadonlyMap<string, string>): TechnicalInputResponse {
  const { row } = record;
  const stage = access.doc.status;
  const open = row.status === 'submitted';
  const own = isSubmittingAgency(access.participant, row);
  return {
    id: row.id,
    seq: row.seq,
    documentId: row.documentId,
    pid: row.pid,
    placement: row.placement,
    paragraphLabel: labels.get(row.pid) ?? null,
    type: row.type,
    text: row.text,
    rationale: row.rationale,
    sources: row.sources.map((s) => ({ title: s.title, publisher: s.publisher, year: s.year, url: s.url, ownReport: s.ownReport })),
    sdgTargets: row.sdgTargets,
    attachment: record.attachment
      ? {
          id: record.attachment.id,
          fileName: record.attachment.fileName,
          kind: record.attachment.kind,
          bytes: record.attachment.bytes,
          url: `/api/inputs/${row.id}/attachment`,
          uploadedAt: record.attachment.createdAt,
        }
      : null,
    agency: presentStakeholderRef(record.agency),
    author: { name: record.authorName },
    status: row.status,
    decision:
      record.decidedBy && row.decidedAt
        ? {
            by: { name: record.decidedBy.name, stakeholder: presentStakeholderRef(record.decidedBy.stakeholder) },
            at: row.decidedAt,
            reason: row.declineReason,
            incorporatedText: row.incorporatedText,
            resultPid: row.resultPid,
            attribution: inputAttribution(record),
          }
        : null,
    edits: Math.max(0, record.versions - 1),
    viewer: {
      canEdit: own && open && takesInputs(stage),
      canWithdraw: own && open && !isSettledStage(stage),
      canDecide: open && mayDecideInput(access) && takesInputDecisions(stage),
    },
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
