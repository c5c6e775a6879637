import type { AuditEntry } from '../api/audit.ts';
import { formatDateTime } from '../lib/dates.ts';
import { capacityOf, detailsSummary } from './auditDetails.ts';

function ParagraphCell({ entry }: { entry: AuditEntry }) {
  if (entry.paragraphNumber) return <>{entry.paragraphNumber}</>;
  if (entry.pid) return <span className="audit-table__gone">No longer in the text</span>;
  return <span aria-label="None">—</span>;
}

/** The entries of the audit log, newest first: when, who, in what capacity, what, on which paragraph. */
export function AuditTable({ entries, caption }: { entries: readonly AuditEntry[]; caption: string }) {
  return (
    <table className="audit-table" data-testid="audit-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Time</th>
          <th scope="col">Person</th>
          <th scope="col">Acting for</th>
          <th scope="col">Action</th>
          <th scope="col">Paragraph</th>
          <th scope="col">Details</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id} data-testid="audit-row" data-action={entry.action} data-stakeholder={entry.stakeholder?.id ?? ''}>
            <td className="audit-table__time">
              <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
            </td>
            <td>{entry.user?.name ?? 'The system'}</td>
            <td>{capacityOf(entry) || '—'}</td>
            <td>{entry.actionLabel}</td>
            <td className="audit-table__paragraph">
              <ParagraphCell entry={entry} />
            </td>
            <td className="audit-table__details" title={entry.target ?? undefined}>
              {detailsSummary(entry)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
