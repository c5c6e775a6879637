import { compileProposals } from '@plenary/shared/compilation/index';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { DocumentLoadFailure } from '../components/DocumentLoadFailure.tsx';
import { StateMessage } from '../components/StateMessage.tsx';
import { DOCUMENT_EVENTS, documentSource } from '../data/documentSources.ts';
import { useLiveCollection } from '../data/useLiveCollection.ts';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { formatDateTime } from '../lib/dates.ts';
import { CompilationEntry } from './CompilationEntry.tsx';
import { proposalSource } from './proposalSource.ts';
import './proposals.css';
import './compilation.css';

/**
 * The compilation text: every paragraph, then its proposals in tabling order with attribution and status,
 * as co-facilitators circulate it after a reading. `?pid=` narrows it to one paragraph. Printable.
 */
export function CompilationPage() {
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const onlyPid = search.get('pid');
  const [pendingOnly, setPendingOnly] = useState(false);
  // Accepting a proposal changes the text: the paragraphs are read again, the last answer staying on screen meanwhile.
  const text = useLiveCollection(documentSource(id, { ...DOCUMENT_EVENTS, 'proposal.changed': () => null }));
  const live = useLiveCollection(proposalSource(id));
  const [document] = text.items;
  useDocumentTitle(document ? `Compilation: ${document.title}` : 'Compilation');

  const failure = (!document && text.error) || (!live.loaded && live.error);
  if (failure) {
    const retry = () => {
      if (text.error) void text.collection.load();
      if (live.error) void live.collection.load();
    };
    return <DocumentLoadFailure error={failure} retry={retry} />;
  }
  if (!document || !live.loaded) return <StateMessage kind="loading">Compiling the proposals…</StateMessage>;

  const { paragraphs, orphans } = compileProposals(document.paragraphs, live.items, {
    pid: onlyPid,
    include: (p) => !pendingOnly || p.status === 'tabled',
    listedOnly: pendingOnly,
  });

  return (
    <article className="sheet compilation" data-testid="compilation">
      <header className="compilation__header">
        <p className="sheet__back no-print">
          <Link to={`/documents/${encodeURIComponent(id)}`}>← Back to the document</Link>
          {onlyPid && (
            <>
              {' · '}
              <Link to={`/documents/${encodeURIComponent(id)}/compilation`}>Whole document</Link>
            </>
          )}
        </p>
        <h1 className="sheet__title">Compilation of proposals</h1>
        <p className="sheet__subtitle">
          {document.title} ({document.status}), as of <span data-testid="compilation-date">{formatDateTime(new Date())}</span>
        </p>
        <div className="compilation__tools no-print">
          <label>
            <input
              type="checkbox"
              checked={pendingOnly}
              onChange={(e) => setPendingOnly(e.target.checked)}
              data-testid="compilation-pending-only"
            />{' '}
            Pending proposals only
          </label>
          <button type="button" className="button button--small" onClick={() => window.print()}>
            Print
          </button>
        </div>
      </header>
      {pendingOnly && paragraphs.length === 0 && orphans.length === 0 && (
        <p className="compilation__empty" data-testid="compilation-empty">
          No proposals are pending{onlyPid ? ' on this paragraph' : ''}.
        </p>
      )}
      {paragraphs.map(({ paragraph, proposals }) =>
        paragraph.number ? (
          <section key={paragraph.pid} className="compilation__paragraph" data-testid="compilation-paragraph" data-pid={paragraph.pid}>
            <p className="compilation__text">
              <span className="compilation__number">{paragraph.number}</span> {paragraph.text}
            </p>
            {proposals.length > 0 && (
              <ol className="compilation__entries">
                {proposals.map(({ proposal, label }) => (
                  <CompilationEntry key={proposal.id} proposal={proposal} label={label} currentText={paragraph.text} />
                ))}
              </ol>
            )}
          </section>
        ) : (
          <h2 key={paragraph.pid} className="compilation__heading">
            {paragraph.text}
          </h2>
        ),
      )}
      {orphans.length > 0 && (
        <section className="compilation__paragraph">
          <h2 className="compilation__heading">Proposals on paragraphs no longer in the text</h2>
          <ol className="compilation__entries">
            {orphans.map(({ proposal, label }) => (
              <CompilationEntry key={proposal.id} proposal={proposal} label={label} currentText={undefined} />
            ))}
          </ol>
        </section>
      )}
    </article>
  );
}
