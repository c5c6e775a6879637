import type { Editor } from '@tiptap/react';
import { useDeferredValue } from 'react';
import { Link } from 'react-router';
import { BatchDecisionBar } from './BatchDecisionBar.tsx';
import { DecisionNotices } from './DecisionNotices.tsx';
import type { ProposalLayerModel } from './layerState.ts';
import { ProposalCard } from './ProposalCard.tsx';
import { ProposalFiltersBar } from './ProposalFiltersBar.tsx';
import { ProposalForm } from './ProposalForm.tsx';
import { useParagraphs } from './useParagraphs.ts';

interface Props {
  editor: Editor;
  model: ProposalLayerModel;
}

/** Past this many cards, those far from the screen are not laid out until they come near it. */
const LONG_LIST = 300;

/** The proposals tab: filters, the tabling form, and the proposals of one paragraph or of the whole text. */
export function ProposalPanel({ editor, model }: Props) {
  const paragraphs = useParagraphs(editor);
  const active = model.activePid ? paragraphs.get(model.activePid) : undefined;
  const scope = active ? model.scope : 'all';
  // The cards follow the text: a pile of thousands renders after the tracked changes are drawn, not before them.
  const cards = useDeferredValue(model.proposals);
  const shown = cards
    .filter((p) => scope === 'all' || p.pid === active?.pid)
    .sort((a, b) => (paragraphs.get(a.pid)?.order ?? Infinity) - (paragraphs.get(b.pid)?.order ?? Infinity) || a.seq - b.seq);
  const pendingHere = active ? model.proposals.filter((p) => p.pid === active.pid && p.status === 'tabled').length : 0;
  const compilationHref = `/documents/${encodeURIComponent(model.documentId)}/compilation`;
  const { decisions, selection } = model;
  const selected = model.proposals
    .filter((p) => selection.ids.has(p.id) && p.pid === selection.pid && p.status === 'tabled' && !decisions.isDeciding(p.id))
    .sort((a, b) => a.seq - b.seq);

  return (
    <div className="proposal-panel" data-testid="proposal-panel">
      <ProposalFiltersBar proposals={model.proposals} filters={model.filters} onChange={model.setFilters} />

      <div className="proposal-panel__scope">
        {active && active.label ? (
          <>
            <div className="proposal-panel__scope-tabs" role="group" aria-label="Which proposals">
              <button
                type="button"
                className="proposal-panel__scope-tab"
                aria-pressed={scope === 'paragraph'}
                onClick={() => model.setScope('paragraph')}
                data-testid="proposal-scope-paragraph"
              >
                {active.label}
                {pendingHere > 0 && <span className="proposal-panel__count">{pendingHere}</span>}
              </button>
              <button
                type="button"
                className="proposal-panel__scope-tab"
                aria-pressed={scope === 'all'}
                onClick={() => model.setScope('all')}
                data-testid="proposal-scope-all"
              >
                All paragraphs
              </button>
            </div>
            {model.canTable && !model.draft && model.agreedPids.has(active.pid) && (
              <p className="proposal-panel__hint" data-testid="propose-refused-agreed">
                {active.label} is agreed: a pen-holder must reopen it before it can be amended.
              </p>
            )}
            {model.canTable && !model.draft && !model.agreedPids.has(active.pid) && (
              <button
                type="button"
                className="button button--small"
                onClick={() => model.propose(active.pid)}
                data-testid="panel-propose-button"
              >
                Propose a change to {active.label}…
              </button>
            )}
          </>
        ) : (
          <p className="proposal-panel__hint">
            {model.canTable ? 'Click a paragraph to see its proposals or to propose a change.' : 'Click a paragraph to see its proposals.'}
          </p>
        )}
      </div>

      {model.notice && (
        <p className="proposal-panel__notice" role="status" data-testid="proposal-notice">
          {model.notice}{' '}
          <button type="button" className="link-button" onClick={model.dismissNotice}>
            Dismiss
          </button>
        </p>
      )}

      <DecisionNotices decisions={decisions} />
      <BatchDecisionBar proposals={selected} />

      {model.draft && <ProposalForm model={model} draft={model.draft} paragraph={paragraphs.get(model.draft.pid)} />}

      {model.error && (
        <p className="proposal-panel__error" role="alert">
          The proposals could not be loaded: {model.error}{' '}
          <button type="button" className="link-button" onClick={model.reload}>
            Try again
          </button>
        </p>
      )}
      {!model.error && (!model.loaded || (cards.length === 0 && model.proposals.length > 0)) && (
        <p className="proposal-panel__loading" role="status" data-testid="proposal-loading">
          Loading the proposals…
        </p>
      )}
      {model.loaded && cards === model.proposals && shown.length === 0 && (
        <p className="proposal-panel__empty" data-testid="proposal-empty">
          {scope === 'paragraph' ? `No proposals on ${active?.label ?? 'this paragraph'} yet.` : 'No proposals on this document yet.'}
        </p>
      )}
      <ol className={`proposal-panel__list${shown.length > LONG_LIST ? ' proposal-panel__list--long' : ''}`}>
        {shown.map((proposal) => (
          <li key={proposal.id}>
            <ProposalCard
              proposal={proposal}
              paragraph={paragraphs.get(proposal.pid)}
              focusAt={model.focus?.id === proposal.id ? model.focus.at : null}
              showParagraph={scope === 'all'}
              onChanged={model.replace}
              onRetable={model.retable}
            />
          </li>
        ))}
      </ol>

      <p className="proposal-panel__footer">
        <Link to={compilationHref} data-testid="compilation-link">
          Compilation of all proposals
        </Link>
        {active?.label && (
          <>
            {' · '}
            <Link to={`${compilationHref}?pid=${encodeURIComponent(active.pid)}`}>{active.label} only</Link>
          </>
        )}
      </p>
    </div>
  );
}
