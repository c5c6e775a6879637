import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { PARAGRAPH_STATUS_LABELS, type ParagraphStatus } from '@plenary/shared/domain/index';
import { getRevision, type RevisionDetail } from '../api/revisions.ts';
import { ApiError } from '../api/http.ts';
import { StateMessage } from '../components/StateMessage.tsx';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { formatDate } from '../lib/dates.ts';
import { FrozenBlock } from './FrozenBlock.tsx';
import './revisions.css';

type Loading = { state: 'loading' } | { state: 'failed'; error: Error } | { state: 'ready'; revision: RevisionDetail };

/** `/documents/:id/revisions/:revisionId`: a revision as it was issued, read-only, with its own numbers. */
export function RevisionPage() {
  const { id = '', revisionId = '' } = useParams();
  const [loading, setLoading] = useState<Loading>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const abort = new AbortController();
    getRevision(id, revisionId, abort.signal).then(
      (revision) => setLoading({ state: 'ready', revision }),
      (error: unknown) => {
        if (!abort.signal.aborted) setLoading({ state: 'failed', error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => abort.abort();
  }, [id, revisionId, attempt]);

  useDocumentTitle(loading.state === 'ready' ? loading.revision.name : 'Revision');
  const back = `/documents/${encodeURIComponent(id)}`;

  if (loading.state === 'loading') return <StateMessage kind="loading">Opening the revision…</StateMessage>;
  if (loading.state === 'failed') {
    const missing = loading.error instanceof ApiError && loading.error.status === 404;
    return (
      <StateMessage kind="error">
        {missing ? 'There is no such revision of this document.' : `The revision could not be opened: ${loading.error.message}`}{' '}
        {!missing && (
          <button type="button" className="button" onClick={() => setAttempt((n) => n + 1)}>
            Retry
          </button>
        )}{' '}
        <Link to={back}>Back to the document</Link>
      </StateMessage>
    );
  }

  const { revision } = loading;
  return (
    <article className="revision-page" data-testid="revision-page">
      <header className="revision-page__header">
        <p className="revision-page__trail">
          <Link to={back}>Back to the live text</Link>
        </p>
        <h1>
          {revision.name}
          {revision.symbol && <span className="revision-page__symbol"> {revision.symbol}</span>}
        </h1>
        <p className="revision-page__facts">
          Issued {formatDate(revision.issuedOn)} by {revision.issuedBy.userName} ({revision.issuedBy.stakeholder}) · read-only: the text as
          it was issued, with its own numbers
        </p>
        {revision.coverNote && <p className="revision-page__note">{revision.coverNote}</p>}
        <p className="revision-page__actions">
          <Link to={`${back}/compare?from=${encodeURIComponent(revision.id)}&to=live`}>Compare with the live text</Link>{' '}
          <button type="button" className="button" onClick={() => window.print()}>
            Print
          </button>
        </p>
      </header>
      <div className="revision-text" aria-label={`Text of ${revision.name}`}>
        {revision.blocks.map((block, index) => (
          <FrozenBlock
            key={block.pid ?? `block-${index}`}
            block={block}
            was={block.pid ? revision.previousNumbers[block.pid] : undefined}
            status={block.pid ? statusLabel(revision.statuses[block.pid]) : undefined}
          />
        ))}
      </div>
    </article>
  );
}

function statusLabel(status: ParagraphStatus | undefined): string | undefined {
  return status && status !== 'open' ? PARAGRAPH_STATUS_LABELS[status] : undefined;
}
