import { useMemo } from 'react';
import { Link } from 'react-router';
import { canReadContributionMatrix } from '@plenary/shared/permissions/index';
import type { DocumentSummary } from '../api/types.ts';
import '../contributions/contributionsLink.css';
import { DocumentListItem } from '../components/DocumentListItem.tsx';
import { StateMessage } from '../components/StateMessage.tsx';
import { documentListSource } from '../data/documentSources.ts';
import { useLiveCollection } from '../data/useLiveCollection.ts';
import { useMe } from '../hooks/session.tsx';
import { useNow } from '../hooks/useNow.ts';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { ProcessList } from '../account/ProcessList.tsx';

/** The compact draft first, then the issue briefs in their numbered order. */
function inReadingOrder(documents: readonly DocumentSummary[]): DocumentSummary[] {
  const rank = (doc: DocumentSummary) => (doc.kind === 'compact' ? 0 : 1);
  const briefOrder = (doc: DocumentSummary) => doc.briefNumber ?? Number.MAX_SAFE_INTEGER;
  return [...documents].sort(
    (a, b) => rank(a) - rank(b) || briefOrder(a) - briefOrder(b) || a.title.localeCompare(b.title, 'en', { numeric: true }),
  );
}

export function HomePage() {
  const me = useMe();
  const documents = useLiveCollection(useMemo(() => documentListSource(me.process.id), [me.process.id]));
  const failed = documents.error !== null && !documents.loading;
  const now = useNow();
  useDocumentTitle(me.process.title);

  return (
    <div className="page page--home">
      <header className="page-header">
        <p className="page-header__eyebrow">Negotiation process</p>
        <h1>{me.process.title}</h1>
        <p className="page-header__lede">
          You take part as <strong>{me.capacity}</strong>.
        </p>
        {me.role === 'secretariat' && (
          <p>
            <Link to="/imports/zero-draft" data-testid="zero-draft-import-link">
              Import a zero draft from Word
            </Link>
          </p>
        )}
      </header>

      {me.processes.length > 1 && (
        <section aria-labelledby="processes-title" className="home-processes">
          <h2 id="processes-title" className="section-title">
            Your processes
          </h2>
          <ProcessList me={me} switchable />
        </section>
      )}

      {canReadContributionMatrix(me) && (
        <p className="home-contributions">
          <Link className="contributions-link" to="/contributions" data-testid="home-contributions-link">
            Contributions to the issue briefs
          </Link>{' '}
          — which agency contributed what to each brief
        </p>
      )}

      <section aria-labelledby="documents-title">
        <h2 id="documents-title" className="section-title">
          Documents
        </h2>
        {!documents.loaded && !failed && <StateMessage kind="loading">Loading documents…</StateMessage>}
        {failed && (
          <StateMessage kind="error" action={{ label: 'Try again', onClick: () => void documents.collection.load() }}>
            The documents could not be loaded. {documents.error?.message}
          </StateMessage>
        )}
        {documents.loaded && !failed && documents.items.length === 0 && (
          <StateMessage kind="empty">No documents have been circulated in this process yet.</StateMessage>
        )}
        {documents.loaded && !failed && documents.items.length > 0 && (
          <ul className="document-list">
            {inReadingOrder(documents.items).map((doc) => (
              <DocumentListItem key={doc.id} document={doc} now={now} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
