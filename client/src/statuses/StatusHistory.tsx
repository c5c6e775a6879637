import { formatDateTime } from '../lib/dates.ts';
import type { StatusTransition } from '../api/statuses.ts';
import { statusLabel } from './statusLabels.ts';

/** A paragraph's moves between statuses, newest first, each with who made it and when. */
export function StatusHistory({ transitions, error }: { transitions: StatusTransition[] | null; error: string | null }) {
  if (error) return <p role="alert">The history could not be loaded: {error}</p>;
  if (!transitions) return <p className="status-panel__hint">Loading the history…</p>;
  if (transitions.length === 0) return <p className="status-panel__hint">Open since it was written: no status was ever set.</p>;
  return (
    <ol className="status-history" data-testid="status-history" reversed>
      {[...transitions].reverse().map((t) => (
        <li key={t.id} className="status-history__item">
          <span className="status-history__move">
            {t.reopened ? 'Reopened: ' : ''}
            {statusLabel(t.from)} → <strong>{statusLabel(t.to)}</strong>
          </span>
          <span className="status-history__who">
            {t.actor.userName} ({t.actor.stakeholder}), <time dateTime={t.at}>{formatDateTime(t.at)}</time>
          </span>
          {t.note && <span className="status-history__note">“{t.note}”</span>}
        </li>
      ))}
    </ol>
  );
}
