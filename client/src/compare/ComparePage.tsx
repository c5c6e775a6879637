import { useEffect, useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { getDocument } from '../api/documents.ts';
import { DocumentLoadFailure } from '../components/DocumentLoadFailure.tsx';
import { StateMessage } from '../components/StateMessage.tsx';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { loadStakeholders } from '../lib/stakeholderDirectory.ts';
import { useLiveCollection } from '../data/useLiveCollection.ts';
import { formatDateTime } from '../lib/dates.ts';
import type { RevisionSummary } from '../api/revisions.ts';
import { revisionSource } from '../revisions/revisionSource.ts';
import { getComparison, LIVE, type CompareResponse } from './api.ts';
import { CompareLegend } from './CompareLegend.tsx';
import { ComparedParagraph } from './ComparedParagraph.tsx';
import { ComparePickers } from './ComparePickers.tsx';
import { blocksWithChangesOf, originsOf } from './origins.ts';
import { useAsync } from './useAsync.ts';
import './compare.css';

/**
 * The redline between two texts of a document (`?from=` and `?to=`: a revision id or `live`), paragraphs matched
 * by pid across renumbering, every change attributed; `?stakeholder=` keeps one stakeholder's changes. Printable.
 */
export function ComparePage() {
  const { id = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const document = useAsync((signal) => getDocument(id, signal), [id]);
  const revisions = useLiveCollection(revisionSource(id));
  const shortNames = useShortNames();
  useDocumentTitle(document.status === 'ready' ? `Compare: ${document.value.title}` : 'Compare');

  const latest = revisions.items[revisions.items.length - 1];
  const from = search.get('from') ?? latest?.id ?? null;
  const to = search.get('to') ?? LIVE;
  const stakeholder = search.get('stakeholder') ?? '';
  const pick = (name: string, value: string) =>
    setSearch(
      (params) => {
        const next = new URLSearchParams(params);
        if (from && !next.has('from')) next.set('from', from);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );

  if (document.status === 'error') return <DocumentLoadFailure error={document.error} retry={document.retry} />;
  if (!revisions.loaded && revisions.error)
    return <DocumentLoadFailure error={revisions.error} retry={() => void revisions.collection.load()} />;
  if (document.status === 'loading' || !revisions.loaded) return <StateMessage kind="loading">Opening the revisions…</StateMessage>;

  const documentPath = `/documents/${encodeURIComponent(id)}`;
  return (
    <article className="sheet compare" data-testid="compare">
      <header className="compare__header">
        <p className="sheet__back no-print">
          <Link to={documentPath}>← Back to the document</Link>
        </p>
        <h1 className="sheet__title">Comparison of texts</h1>
        <p className="sheet__subtitle">
          {document.value.title}: <SideName side={from} revisions={revisions.items} /> → <SideName side={to} revisions={revisions.items} />
        </p>
        {from && <ComparePickers revisions={revisions.items} from={from} to={to} onChange={pick} />}
      </header>
      {from ? (
        <Redline
          documentId={id}
          from={from}
          to={to}
          stakeholder={stakeholder}
          shortNames={shortNames}
          onStakeholder={(value) => pick('stakeholder', value)}
        />
      ) : (
        <StateMessage kind="empty">
          No revision of this document has been issued yet: there is nothing to compare the live text with.
        </StateMessage>
      )}
    </article>
  );
}

function SideName({ side, revisions }: { side: string | null; revisions: readonly RevisionSummary[] }) {
  if (!side) return <>…</>;
  if (side === LIVE) return <>the live text</>;
  return <>{revisions.find((revision) => revision.id === side)?.name ?? 'an unknown revision'}</>;
}

interface RedlineProps {
  documentId: string;
  from: string;
  to: string;
  stakeholder: string;
  shortNames: ReadonlyMap<string, string>;
  onStakeholder: (stakeholderId: string) => void;
}

function Redline({ documentId, from, to, stakeholder, shortNames, onStakeholder }: RedlineProps) {
  const [comparedAt, setComparedAt] = useState(() => new Date());
  const comparison = useAsync(
    (signal) => getComparison(documentId, from, to, signal).finally(() => setComparedAt(new Date())),
    [documentId, from, to],
  );
  const origins = useMemo(
    () => (comparison.status === 'ready' ? originsOf(comparison.value.blocks, shortNames) : []),
    [comparison, shortNames],
  );
  if (comparison.status === 'loading') return <StateMessage kind="loading">Comparing the texts…</StateMessage>;
  if (comparison.status === 'error') {
    return (
      <StateMessage kind="error" action={{ label: 'Try again', onClick: comparison.retry }}>
        {comparison.error.message}
      </StateMessage>
    );
  }
  const blocks = shown(comparison.value, stakeholder);
  const stakeholderIds = [...new Set(origins.map((origin) => origin.stakeholderId))];
  return (
    <>
      <div className="compare__tools no-print">
        <label>
          Changes of{' '}
          <select value={stakeholder} onChange={(e) => onStakeholder(e.target.value)} data-testid="compare-stakeholder">
            <option value="">every stakeholder</option>
            {stakeholderIds.map((stakeholderId) => (
              <option key={stakeholderId} value={stakeholderId}>
                {stakeholderName(comparison.value, stakeholderId)}
              </option>
            ))}
          </select>
        </label>
        <span className="compare__actions">
          {(from === LIVE || to === LIVE) && (
            <button
              type="button"
              className="button button--small"
              onClick={comparison.retry}
              title={`Compared at ${formatDateTime(comparedAt)}`}
            >
              Compare again
            </button>
          )}
          <button type="button" className="button button--small" onClick={() => window.print()}>
            Print
          </button>
        </span>
      </div>
      <CompareLegend origins={stakeholder ? origins.filter((o) => o.stakeholderId === stakeholder) : origins} />
      {blocks.length === 0 ? (
        <StateMessage kind="empty">
          {stakeholder ? 'This stakeholder changed nothing between these texts.' : 'The two texts are the same.'}
        </StateMessage>
      ) : (
        <div className="compare__text" data-testid="compare-text">
          {blocks.map((block, i) => (
            <ComparedParagraph key={`${block.pid ?? block.type}-${i}`} block={block} shortNames={shortNames} />
          ))}
        </div>
      )}
    </>
  );
}

function shown(comparison: CompareResponse, stakeholder: string) {
  return stakeholder ? blocksWithChangesOf(comparison.blocks, stakeholder) : comparison.blocks;
}

function stakeholderName(comparison: CompareResponse, stakeholderId: string): string {
  for (const block of comparison.blocks) {
    for (const attribution of [block.attribution, ...block.segments.map((s) => s.attribution)]) {
      if (attribution?.stakeholderId === stakeholderId) return attribution.stakeholder;
    }
  }
  return stakeholderId;
}

/** Stakeholder id → short name, for the colours every other view gives them; empty until loaded. */
function useShortNames(): ReadonlyMap<string, string> {
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    let current = true;
    loadStakeholders().then(
      (list) => current && setNames(new Map(list.map((s) => [s.id, s.shortName]))),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);
  return names;
}
