import { PARAGRAPH_STATUSES } from '@plenary/shared/domain/index';
import type { StatusCounts } from '../api/statuses.ts';
import { statusLabel } from './statusLabels.ts';
import './statuses.css';

/** How far the text is agreed: one bar, a segment per status, and the counts in words. */
export function StatusProgress({ counts, compact = false }: { counts: StatusCounts; compact?: boolean }) {
  const total = PARAGRAPH_STATUSES.reduce((sum, status) => sum + counts[status], 0);
  const summary = PARAGRAPH_STATUSES.map((status) => `${counts[status]} ${statusLabel(status).toLowerCase()}`).join(', ');
  return (
    <div className={`status-progress${compact ? ' status-progress--compact' : ''}`} data-testid="status-progress">
      <div
        className="status-progress__bar"
        role="img"
        aria-label={`Paragraphs: ${summary}`}
        title={summary}
        data-agreed={counts.agreed}
        data-total={total}
      >
        {total > 0 &&
          PARAGRAPH_STATUSES.map((status) =>
            counts[status] > 0 ? (
              <span
                key={status}
                className={`status-progress__segment status-progress__segment--${status}`}
                style={{ width: `${(100 * counts[status]) / total}%` }}
              />
            ) : null,
          )}
      </div>
      {!compact && (
        <ul className="status-progress__legend">
          {PARAGRAPH_STATUSES.map((status) => (
            <li key={status} data-testid={`status-count-${status}`}>
              <span className={`status-progress__swatch status-progress__segment--${status}`} aria-hidden="true" />
              {statusLabel(status)} <strong>{counts[status]}</strong>
            </li>
          ))}
        </ul>
      )}
      {compact && (
        <p className="status-progress__caption">
          {counts.agreed} of {total} agreed
          {counts['agreed-ad-ref'] > 0 && `, ${counts['agreed-ad-ref']} ad ref.`}
          {counts.bracketed > 0 && `, ${counts.bracketed} bracketed`}
        </p>
      )}
    </div>
  );
}
