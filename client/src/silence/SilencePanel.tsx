import type { DocumentDetail } from '../api/types.ts';
import { useLiveCollection } from '../data/useLiveCollection.ts';
import { PositionStatementsPanel } from './PositionStatementsPanel.tsx';
import { SilenceBanner } from './SilenceBanner.tsx';
import { SilenceOutcome } from './SilenceOutcome.tsx';
import { silenceSource } from './silenceSources.ts';
import './silence.css';

/**
 * The silence procedure of a document, live: the banner while silence runs, how the last one ended, and,
 * with the final text, the statements on record. Pen-holders start one beside the latest revision.
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
  if (!overview.current && !last) return null;
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
      {overview.adoptedAt && <PositionStatementsPanel document={document} mayRecord={overview.viewer.mayRecordPosition} />}
    </div>
  );
}
