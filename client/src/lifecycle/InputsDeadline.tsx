import { formatDateTime } from '../lib/dates.ts';
import './lifecycle.css';

/** "Inputs by 20 Dec 2026, 18:00", when a circulated brief's co-leads set a deadline. */
export function InputsDeadline({ deadline }: { deadline: string | null }) {
  if (!deadline) return null;
  return (
    <span className="inputs-deadline" data-testid="inputs-deadline">
      Inputs by <time dateTime={deadline}>{formatDateTime(deadline)}</time>
    </span>
  );
}
