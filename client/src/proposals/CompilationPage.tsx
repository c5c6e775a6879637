import { compileProposals } from '@plenary/shared/compilation/index';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { StateMessage } from '../components/StateMessage.tsx';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { CompilationEntry } from './CompilationEntry.tsx';
import { useDocumentProposals } from './useDocumentProposals.ts';
import { useLiveDocument } from './useLiveDocument.ts';
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
  const { document, error, reload } = useLiveDocument(id);
  const live = useDocumentProposals(id);
  useDocumentTitle(document ? `Compilation: ${document.title}` : 'Compilation');

  if (!document && error) return <StateMessage kind="error" action={{ label: 'Try again', onClick: reload }}>{error}</StateMessage>;
  if (!live.loaded && live.error) return <StateMessage kind="error" action={{ label: 'Try again', onClick: live.reload }}>{live.error}</StateMessage>;
  if (!document || !live.loaded) return <StateMessage kind="loading">Compiling the proposals…</StateMessage>;

  const { paragraphs, orphans } = compileProposals(document.paragraphs, live.proposals, {
    pid: onlyPid,
    include: (p) => !pendingOnly || p.status === 'tabled',
  });

  return (
    <article className="compilation" data-testid="compilation">
      <header className="compilation__header">
        <p className="compilation__back no-print">
          <Link to={`/documents/${encodeURIComponent(id)}`}>← Back to the document</Link>
          {onlyPid && (
            <>
              {' · '}
              <Link to={`/documents/${encodeURIComponent(id)}/compilation`}>Whole document</Link>
            </>
          )}
        </p>
        <h1 className="compilation__title">Compilation of proposals</h1>
        <p className="compilation__subtitle">
          {document.title} ({document.status}), as of {new Date().toLocaleString()}
        </p>
        <div className="compilation__tools no-print">
          <label>
            <input type="checkbox" checked={pendingOnly} onChange={(e) => setPendingOnly(e.target.checked)} data-testid="compilation-pending-only" /> Pending
            proposals only
          </label>
          <button type="button" className="button button--small" onClick={() => window.print()}>
            Print
          </button>
        </div>
      </header>
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
        ) : paragraph.type === 'title' ? null : (
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
