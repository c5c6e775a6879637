import { formatDateTime } from '../lib/dates.ts';
import { DOCUMENT_RIGHT_LABELS, type DocumentRight } from '@plenary/shared/permissions/index';
import type { DocumentSummary } from '../api/types.ts';
import { useDocumentRight } from '../hooks/usePermissions.ts';

const EXPLANATIONS: Record<DocumentRight, string> = {
  pen: 'You edit this text directly; everyone else follows it live',
  'propose-and-comment': 'The pen-holders edit this text; you table proposals, support or oppose them, and comment',
  comment: 'The pen-holders edit this text; you follow it live and comment',
  read: 'The pen-holders edit this text; you follow it live',
};

/** Says plainly what you can do on a document, from the permission table the server enforces. */
export function RightsBadge({
  document,
}: {
  document: Pick<DocumentSummary, 'kind' | 'leadStakeholderIds' | 'stage'> & {
    adoptedAt?: string | null;
    underSilenceUntil?: string | null;
  };
}) {
  const ordinary = useDocumentRight(document);
  // An adopted text is final and a text under silence frozen: nobody changes it, whatever the pen.
  const right = document.adoptedAt || document.underSilenceUntil ? 'read' : ordinary;
  const explanation = document.adoptedAt
    ? 'The text was adopted and is final: nobody changes it'
    : document.underSilenceUntil
      ? `The text is under silence until ${formatDateTime(document.underSilenceUntil)}: nobody changes it`
      : EXPLANATIONS[right];
  return (
    <span className={`badge badge--${right}`} title={explanation} data-testid="document-right" data-right={right}>
      {DOCUMENT_RIGHT_LABELS[right]}
    </span>
  );
}
