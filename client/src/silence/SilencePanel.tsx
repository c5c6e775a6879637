import type { DocumentDetail } from '../api/types.ts';
import { useLiveCollection } from '../data/useLiveCollection.ts';
import { PositionStatementsPanel } from './PositionStatementsPanel.tsx';
import { SilenceBanner } from './SilenceBanner.tsx';
import { SilenceOutcome } from './SilenceOutcome.tsx';
import { StartSilenceControl } from './StartSilenceControl.tsx';
import { silenceSource } from './silenceSources.ts';
import './silence.css';

/**
 * The silence procedure of a document, live: the banner while silence runs, how the last one ended, the
 * pen-holders' control to start one, and, with the final text, the statements on record.
 */
export function SilencePanel({ document }: { document: DocumentDetail }) {
  const opened = useLiveCollection(silenceSource(document.id));
  const [overview] = opened.items;
  const reload = () => void opened.collection.load();

  if (!overview) {
    if (opened.error && !opened.loading) {
      return (
        <p className="silence-panel__error" role="alert">
          The silence procedure could not be loaded. {opened.error.message}{' '}
          <button type="button" className="button button--small button--secondary" onClick={reload}>
            Retry
          </button>
        </p>
      );
    }
    return null;
  }
  const [last] = overview.past;
  const mayStart = overview.viewer.mayStart && overview.latestRevision !== null;
  if (!overview.current && !last && !mayStart) return null;
  return (
    <div className="silence-panel" data-testid="silence-panel">
      {overview.current ? (
        <SilenceBanner
          procedure={overview.current}
          clockOffsetMs={overview.clockOffsetMs}
          mayBreak={overview.viewer.mayBreak}
          onChanged={reload}
        />
      ) : (
        last && <SilenceOutcome procedure={overview.adoptedAt ? (overview.past.find((p) => p.outcome === 'adopted') ?? last) : last} />
      )}
      {mayStart && overview.latestRevision && (
        <StartSilenceControl
          documentId={document.id}
          revision={overview.latestRevision}
          clockOffsetMs={overview.clockOffsetMs}
          onStarted={reload}
        />
      )}
      {overview.adoptedAt && <PositionStatementsPanel document={document} mayRecord={overview.viewer.mayRecordPosition} />}
    </div>
  );
}
