import type { EvidenceLinkResponse } from '@plenary/shared/api/index';
import type { DocumentParagraph } from '@plenary/shared/document/index';
import type { DocumentRow } from '../db/types.ts';
import type { EvidenceLinkRecord } from '../queries/evidence-link-reader.ts';

export interface EvidenceLinkViewer {
  /** The numbered paragraphs of a document's live text. */
  paragraphsOf: (documentId: string) => DocumentParagraph[];
  /** The viewer may remove links to this brief. */
  mayRemove: (brief: DocumentRow) => boolean;
}

const HEADING_LABEL_CHARS = 40;

/** "OP12", "¶4"; a section heading by its words; null when the paragraph is no longer in the text. */
export function paragraphLabelOf(paragraphs: DocumentParagraph[], pid: string): string | null {
  const paragraph = paragraphs.find((p) => p.pid === pid);
  if (!paragraph) return null;
  if (paragraph.number) return paragraph.number;
  const words = paragraph.text.trim();
  return `“${words.length > HEADING_LABEL_CHARS ? `${words.slice(0, HEADING_LABEL_CHARS - 1)}…` : words}”`;
}

function documentName(doc: DocumentRow): string {
  return doc.briefNumber === null ? doc.title : `Issue brief ${doc.briefNumber}`;
}

function linkEnd(doc: DocumentRow, pid: string, viewer: EvidenceLinkViewer) {
  return {
    documentId: doc.id,
    documentTitle: doc.title,
    briefNumber: doc.briefNumber,
    pid,
    paragraphLabel: paragraphLabelOf(viewer.paragraphsOf(doc.id), pid),
  };
}

/** A link with both ends numbered as the texts read now: "Informed by Issue brief 3, ¶4, IOM input". */
export function presentEvidenceLink(record: EvidenceLinkRecord, viewer: EvidenceLinkViewer): EvidenceLinkResponse {
  const { row, compact, brief, creator, creatorStakeholder, input } = record;
  const briefEnd = linkEnd(brief, row.briefPid, viewer);
  const parts = [documentName(brief), briefEnd.paragraphLabel ?? 'a paragraph no longer in the text'];
  if (input) parts.push(`${input.agency.shortName} input`);
  const ref = (s: { id: string; name: string; shortName: string }) => ({ id: s.id, name: s.name, shortName: s.shortName });
  return {
    id: row.id,
    compact: linkEnd(compact, row.compactPid, viewer),
    brief: briefEnd,
    input: input ? { id: input.row.id, agency: ref(input.agency) } : null,
    label: `Informed by ${parts.join(', ')}`,
    createdBy: { name: creator.name, stakeholder: ref(creatorStakeholder), role: row.createdByRole },
    createdAt: row.createdAt,
    canRemove: row.removedAt === null && viewer.mayRemove(brief),
  };
}
