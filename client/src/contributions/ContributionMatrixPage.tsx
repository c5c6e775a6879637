import { useState } from 'react';
import { canReadContributionMatrix } from '@plenary/shared/permissions/index';
import { Link } from 'react-router';
import { ApiError } from '../api/http.ts';
import { StateMessage } from '../components/StateMessage.tsx';
import { useMe } from '../hooks/session.tsx';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { ContributionLegend } from './ContributionLegend.tsx';
import { ContributionMatrixPicture } from './ContributionMatrixPicture.tsx';
import { ContributionMatrixTable } from './ContributionMatrixTable.tsx';
import { useContributionMatrix } from './useContributions.ts';
import './contributions.css';

/** `/contributions`: which agency contributed what to which brief, across the process, as a picture and a table. */
export function ContributionMatrixPage() {
  const me = useMe();
  useDocumentTitle('Contributions to the issue briefs');
  const allowed = canReadContributionMatrix(me);
  const { reading, retry } = useContributionMatrix(allowed);
  const [asTable, setAsTable] = useState(false);

  return (
    <div className="page page--contributions" data-testid="contribution-matrix">
      <header className="page-header">
        <p className="sheet__back">
          <Link to="/">← All documents</Link>
        </p>
        <p className="page-header__eyebrow">{me.process.title}</p>
        <h1>Contributions to the issue briefs</h1>
        <p className="page-header__lede">
          The technical inputs each agency submitted to each brief, coloured by what the co-leads made of them. Choose a cell to open its
          brief.
        </p>
      </header>
      {!allowed && (
        <StateMessage kind="error">
          The contributions across the briefs are open to the secretariat, the co-facilitators and the agencies.
        </StateMessage>
      )}
      {allowed && reading.status === 'loading' && <StateMessage kind="loading">Counting the technical inputs…</StateMessage>}
      {reading.status === 'error' &&
        (reading.error instanceof ApiError && reading.error.status === 403 ? (
          <StateMessage kind="error">{reading.error.message}</StateMessage>
        ) : (
          <StateMessage kind="error" action={{ label: 'Try again', onClick: retry }}>
            The contributions could not be read. {reading.error.message}
          </StateMessage>
        ))}
      {reading.status === 'ready' &&
        (reading.value.cells.every((cell) => cell.counts.total === 0) ? (
          <StateMessage kind="empty">No technical inputs yet.</StateMessage>
        ) : (
          <section aria-label="Contributions by agency and brief">
            <ContributionLegend />
            <div className="contribution-scroller">
              <ContributionMatrixPicture matrix={reading.value} />
            </div>
            <p className="contribution-toggle">
              <button
                type="button"
                className="button button--secondary button--small"
                aria-expanded={asTable}
                aria-controls="contribution-matrix-table"
                onClick={() => setAsTable((shown) => !shown)}
                data-testid="matrix-table-toggle"
              >
                {asTable ? 'Hide the table' : 'Show as table'}
              </button>
            </p>
            <div id="contribution-matrix-table" hidden={!asTable}>
              <ContributionMatrixTable matrix={reading.value} />
            </div>
          </section>
        ))}
    </div>
  );
}
