import { ROLE_LABELS, type Role } from '@plenary/shared/permissions/index';
import type { StatusTransition } from '../api/statuses.ts';
import { formatDateTime } from '../lib/dates.ts';
import { statusLabel } from '../statuses/statusLabels.ts';

/** The paragraph's moves between statuses, oldest first: who, in what capacity, when, and why. */
export function StatusTrail({ transitions }: { transitions: readonly StatusTransition[] }) {
  return (
    <section className="history__section" aria-labelledby="history-status">
      <h2 id="history-status">Status</h2>
      {transitions.length === 0 ? (
        <p className="history__hint" data-testid="history-no-status">
          Open since it was written: no status was ever set.
        </p>
      ) : (
        <ol className="history__list">
          {transitions.map((t) => (
            <li key={t.id} className="history-status" data-testid="history-status-change">
              <p className="history-status__move">
                {t.reopened && <strong className="history-status__reopened">Reopened: </strong>}
                {statusLabel(t.from)} → <strong>{statusLabel(t.to)}</strong>
              </p>
              <p className="history__byline">
                {t.actor.userName}, {ROLE_LABELS[t.actor.role as Role] ?? t.actor.role} ({t.actor.stakeholder}),{' '}
                <time dateTime={t.at}>{formatDateTime(t.at)}</time>
              </p>
              {t.note && <blockquote className="history-status__note">{t.note}</blockquote>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
