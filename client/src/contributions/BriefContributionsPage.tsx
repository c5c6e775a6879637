import { canReadContributionMatrix } from '@plenary/shared/permissions/index';
import { Link, useParams } from 'react-router';
import type { DocumentDetail } from '../api/types.ts';
import { DocumentLoadFailure } from '../components/DocumentLoadFailure.tsx';
import { StateMessage } from '../components/StateMessage.tsx';
import { documentSource } from '../data/documentSources.ts';
import { useLiveCollection } from '../data/useLiveCollection.ts';
import { useMe } from '../hooks/session.tsx';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { BriefContributionsByType, BriefContributionsTable } from './BriefContributionsTable.tsx';
import { useBriefContributions } from './useContributions.ts';
import './contributions.css';

/** `/documents/:id/contributions`: who contributed what to one brief, by agency and outcome. */
export function BriefContributionsPage() {
  const { id = '' } = useParams();
  const opened = useLiveCollection(documentSource(id));
  const [document] = opened.items;

  if (opened.error && !opened.loading) return <DocumentLoadFailure error={opened.error} retry={() => void opened.collection.load()} />;
  if (!document) return <StateMessage kind="loading">Opening the brief’s contributions…</StateMessage>;
  return <BriefContributions key={document.id} document={document} />;
}

function BriefContributions({ document }: { document: DocumentDetail }) {
  const me = useMe();
  useDocumentTitle(`Contributions: ${document.title}`);
  const { reading, retry } = useBriefContributions(document.id);

  return (
    <div className="page page--contributions" data-testid="brief-contributions">
      <header className="page-header">
        <p className="sheet__back">
          <Link to={`/documents/${encodeURIComponent(document.id)}`}>← Back to the brief</Link>
          {canReadContributionMatrix(me) && (
            <>
              {' · '}
              <Link to="/contributions">Contributions to every brief</Link>
            </>
          )}
        </p>
        <h1>Contributions</h1>
        <p className="page-header__lede">
          The technical inputs each agency submitted to <cite>{document.title}</cite>, and what the co-leads made of them.
        </p>
      </header>
      {document.kind !== 'brief' ? (
        <StateMessage kind="empty">The compact takes no technical inputs: contributions are counted per issue brief.</StateMessage>
      ) : reading.status === 'loading' ? (
        <StateMessage kind="loading">Counting the technical inputs…</StateMessage>
      ) : reading.status === 'error' ? (
        <StateMessage kind="error" action={{ label: 'Try again', onClick: retry }}>
          The contributions could not be read. {reading.error.message}
        </StateMessage>
      ) : reading.value.totals.total === 0 ? (
        <StateMessage kind="empty">No technical inputs yet.</StateMessage>
      ) : (
        <>
          <BriefContributionsTable contributions={reading.value} />
          <BriefContributionsByType contributions={reading.value} />
        </>
      )}
    </div>
  );
}
