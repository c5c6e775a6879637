import { useState } from 'react';
import { Link } from 'react-router';
import type { DocumentDetail } from '../api/types.ts';
import { StateMessage } from '../components/StateMessage.tsx';
import { useLiveCollection } from '../data/useLiveCollection.ts';
import { usePermissions } from '../hooks/usePermissions.ts';
import { formatDate } from '../lib/dates.ts';
import { IssueRevisionForm } from './IssueRevisionForm.tsx';
import { nextRevisionName } from './nextRevisionName.ts';
import { revisionSource } from './revisionSource.ts';
import './revisions.css';

const documentPath = (id: string) => `/documents/${encodeURIComponent(id)}`;

/** The document's revisions, last issued first, each readable as it was; pen-holders issue the next one here. */
export function RevisionsPanel({ document }: { document: DocumentDetail }) {
  const may = usePermissions(document);
  const revisions = useLiveCollection(revisionSource(document.id));
  const [issuing, setIssuing] = useState(false);
  const [issuedName, setIssuedName] = useState<string | null>(null);
  const newestFirst = [...revisions.items].reverse();
  const last = newestFirst[0];

  return (
    <div className="revisions-panel" data-testid="revisions-panel">
      <p className="revisions-panel__lead">
        {last ? (
          <>
            The text is numbered as in <strong>{last.name}</strong> until the next revision: new paragraphs read 11bis, deleted ones leave
            their number.
          </>
        ) : (
          'No revision has been issued yet: the text is numbered as it stands.'
        )}
      </p>
      {may('manage-revisions') &&
        (issuing ? (
          <IssueRevisionForm
            documentId={document.id}
            suggestedName={nextRevisionName(last?.name)}
            onCancel={() => setIssuing(false)}
            onIssued={(revision) => {
              setIssuing(false);
              setIssuedName(revision.name);
              void revisions.collection.load();
            }}
          />
        ) : (
          <button type="button" className="button button--primary" data-testid="issue-revision" onClick={() => setIssuing(true)}>
            Issue a revision…
          </button>
        ))}
      {issuedName && (
        <p className="revisions-panel__notice" role="status">
          {issuedName} was issued: the text is numbered afresh.
        </p>
      )}
      {revisions.error && !revisions.loading && (
        <StateMessage kind="error">
          The revisions could not be loaded: {revisions.error.message}{' '}
          <button type="button" className="button" onClick={() => void revisions.collection.load()}>
            Retry
          </button>
        </StateMessage>
      )}
      {!revisions.loaded && !revisions.error && <StateMessage kind="loading">Loading the revisions…</StateMessage>}
      {newestFirst.length > 0 && (
        <ol className="revisions-list" reversed aria-label="Revisions, last issued first">
          {newestFirst.map((revision) => (
            <li key={revision.id} className="revisions-list__item" data-testid="revision-item">
              <p className="revisions-list__name">
                <Link to={`${documentPath(document.id)}/revisions/${encodeURIComponent(revision.id)}`}>{revision.name}</Link>
                {revision.symbol && <span className="revisions-list__symbol"> {revision.symbol}</span>}
              </p>
              <p className="revisions-list__facts">
                {formatDate(revision.issuedOn)} · issued by {revision.issuedBy.userName} ({revision.issuedBy.stakeholder}) ·{' '}
                {revision.paragraphCount} paragraphs
              </p>
              {revision.coverNote && <p className="revisions-list__note">{revision.coverNote}</p>}
              <p className="revisions-list__links">
                <Link to={`${documentPath(document.id)}/compare?from=${encodeURIComponent(revision.id)}&to=live`}>
                  Compare with the live text
                </Link>
              </p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
