import { Link } from 'react-router';
import type { ContributionCell, ContributionMatrix } from './api.ts';
import { briefLabel, describeOutcomes } from './outcomes.ts';

/** The numbers of the picture as a table: a row per agency, a column per brief, each cell's breakdown in words. */
export function ContributionMatrixTable({ matrix }: { matrix: ContributionMatrix }) {
  const cells = new Map(matrix.cells.map((cell) => [`${cell.agencyId} ${cell.documentId}`, cell]));
  return (
    <div className="contribution-scroller">
      <table className="contribution-table" data-testid="contribution-matrix-table">
        <caption>Technical inputs by agency and brief</caption>
        <thead>
          <tr>
            <th scope="col">Agency</th>
            {matrix.briefs.map((brief) => (
              <th key={brief.documentId} scope="col" title={brief.title}>
                <Link to={`/documents/${encodeURIComponent(brief.documentId)}/contributions`}>{briefLabel(brief)}</Link>
              </th>
            ))}
            <th scope="col">All briefs</th>
          </tr>
        </thead>
        <tbody>
          {matrix.agencies.map((agency) => {
            const row = matrix.briefs.map((brief) => cells.get(`${agency.id} ${brief.documentId}`));
            const total = row.reduce((sum, cell) => sum + (cell?.counts.total ?? 0), 0);
            return (
              <tr key={agency.id} data-agency={agency.id}>
                <th scope="row" title={agency.name}>
                  {agency.shortName}
                </th>
                {row.map((cell, column) => (
                  <MatrixTableCell key={matrix.briefs[column]!.documentId} cell={cell} documentId={matrix.briefs[column]!.documentId} />
                ))}
                <td className="contribution-table__number" data-testid="matrix-row-total">
                  {total}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function MatrixTableCell({ cell, documentId }: { cell: ContributionCell | undefined; documentId: string }) {
  const total = cell?.counts.total ?? 0;
  return (
    <td className="contribution-table__cell" data-testid="matrix-table-cell" data-document={documentId} data-total={total}>
      <span className={`contribution-table__number${total === 0 ? ' contribution-table__number--zero' : ''}`}>{total}</span>
      {cell?.coLead && (
        <>
          {' '}
          <span className="co-lead-tag">co-lead</span>
        </>
      )}
      {total > 0 && <span className="contribution-table__detail">{describeOutcomes(cell!.counts)}</span>}
    </td>
  );
}
