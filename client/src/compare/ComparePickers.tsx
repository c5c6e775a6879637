import { formatDate } from '../lib/dates.ts';
import type { RevisionSummary } from '../api/revisions.ts';
import { LIVE } from './api.ts';

interface Props {
  revisions: readonly RevisionSummary[];
  from: string;
  to: string;
  onChange: (side: 'from' | 'to', value: string) => void;
}

/** The two texts compared: any revision, or the live text, on either side. */
export function ComparePickers({ revisions, from, to, onChange }: Props) {
  const options = (
    <>
      {revisions.map((revision) => (
        <option key={revision.id} value={revision.id}>
          {revision.name}
          {revision.symbol ? ` (${revision.symbol})` : ''}, {formatDate(revision.issuedOn)}
        </option>
      ))}
      <option value={LIVE}>Live text</option>
    </>
  );
  return (
    <div className="compare-pickers no-print">
      <label className="compare-pickers__side">
        <span>From</span>
        <select value={from} onChange={(e) => onChange('from', e.target.value)} data-testid="compare-from">
          {options}
        </select>
      </label>
      <span aria-hidden="true">→</span>
      <label className="compare-pickers__side">
        <span>To</span>
        <select value={to} onChange={(e) => onChange('to', e.target.value)} data-testid="compare-to">
          {options}
        </select>
      </label>
    </div>
  );
}
