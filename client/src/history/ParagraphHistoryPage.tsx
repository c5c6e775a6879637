import { PARAGRAPH_STATUS_LABELS } from '@plenary/shared/domain/index';
import { Link, useParams } from 'react-router';
import { ApiError } from '../api/http.ts';
import { StateMessage } from '../components/StateMessage.tsx';
import { useAsync } from '../compare/useAsync.ts';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { STATUS_SYMBOLS } from '../statuses/statusLabels.ts';
import { getParagraphHistory, type ParagraphHistory } from './api.ts';
import { CommentSummary } from './CommentSummary.tsx';
import { ProposalRecord } from './ProposalRecord.tsx';
import { RevisionTrail } from './RevisionTrail.tsx';
import { StatusTrail } from './StatusTrail.tsx';
import '../proposals/proposals.css';
import '../statuses/statuses.css';
import './history.css';

/** One paragraph's whole negotiating record: its text in each revision, its proposals, statuses and comments. Printable. */
export function ParagraphHistoryPage() {
  const { id = '', pid = '' } = useParams();
  const history = useAsync((signal) => getParagraphHistory(id, pid, signal), [id, pid]);
  useDocumentTitle(history.status === 'ready' ? `History of ${history.value.number ?? 'a deleted paragraph'}` : 'Paragraph history');
  const documentPath = `/documents/${encodeURIComponent(id)}`;
  const back = (
    <p className="sheet__back no-print">
      <Link to={documentPath}>← Back to the document</Link>
    </p>
  );

  if (history.status === 'loading') return <StateMessage kind="loading">Reading the paragraph’s record…</StateMessage>;
  if (history.status === 'error') {
    return (
      <div className="page">
        <StateMessage kind="error" action={retryable(history.error) ? { label: 'Try again', onClick: history.retry } : undefined}>
          {failure(history.error)}
        </StateMessage>
        {back}
      </div>
    );
  }
  const record = history.value;
  return (
    <article className="sheet history" data-testid="paragraph-history">
      <header className="history__header">
        {back}
        <h1 className="sheet__title" data-testid="history-title">
          History of {record.number ?? 'a deleted paragraph'}
        </h1>
        <CurrentText record={record} />
        <p className="history__tools no-print">
          <button type="button" className="button button--small" onClick={() => window.print()}>
            Print
          </button>
        </p>
      </header>
      <RevisionTrail history={record} />
      <ProposalRecord documentId={id} proposals={record.proposals} createdByProposalId={record.createdByProposalId} />
      <StatusTrail transitions={record.statusChanges} />
      <CommentSummary documentId={id} history={record} />
    </article>
  );
}

function CurrentText({ record }: { record: ParagraphHistory }) {
  return (
    <div className="history__now">
      <p className="history__status">
        <span className={`status-badge status-badge--${record.status}`} aria-hidden="true">
          {STATUS_SYMBOLS[record.status]}
        </span>{' '}
        <span data-testid="history-status">{PARAGRAPH_STATUS_LABELS[record.status]}</span>
      </p>
      {record.text === null ? (
        <p className="history__deleted" data-testid="history-text">
          Deleted: it is no longer in the text.
        </p>
      ) : (
        <p className="history__text" data-testid="history-text">
          {record.text}
        </p>
      )}
    </div>
  );
}

function retryable(error: Error): boolean {
  return !(error instanceof ApiError && (error.status === 404 || error.status === 403));
}

function failure(error: Error): string {
  if (error instanceof ApiError && error.status === 404) return 'This paragraph has no record in this document.';
  if (error instanceof ApiError && error.status === 403) return 'You do not have access to this document.';
  return error.message;
}
