import { useState, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import type { ContributionCell, ContributionMatrix } from './api.ts';
import { OUTCOMES, briefLabel, describeCounts, stackedSegments } from './outcomes.ts';

const LABEL_WIDTH = 176;
const HEADER_HEIGHT = 40;
const CELL_WIDTH = 84;
const CELL_HEIGHT = 36;
const GAP = 4;
const BAR_INSET = 7;
const BAR_HEIGHT = 8;
const MARK = 13;

const briefPath = (documentId: string) => `/documents/${encodeURIComponent(documentId)}`;
const columnX = (column: number) => LABEL_WIDTH + column * (CELL_WIDTH + GAP);
const rowY = (row: number) => HEADER_HEIGHT + row * (CELL_HEIGHT + GAP);

interface Hovered {
  cell: ContributionCell;
  agency: string;
  brief: string;
  x: number;
  y: number;
}

/** One cell's breakdown in words: what its link reads out and what its tooltip shows. */
function cellSummary(cell: ContributionCell, agency: string, brief: string): string {
  return `${agency}, ${brief}${cell.coLead ? ' (co-lead)' : ''}: ${describeCounts(cell.counts)}`;
}

/**
 * The agencies × briefs matrix as a picture: a row per agency, a column per brief, each cell with inputs showing
 * its count over a bar stacked by outcome; a co-lead's cells carry a corner mark. A cell opens its brief.
 */
export function ContributionMatrixPicture({ matrix }: { matrix: ContributionMatrix }) {
  const navigate = useNavigate();
  const [hovered, setHovered] = useState<Hovered | null>(null);
  const cells = new Map(matrix.cells.map((cell) => [`${cell.agencyId} ${cell.documentId}`, cell]));
  const width = columnX(matrix.briefs.length);
  const height = rowY(matrix.agencies.length);
  const open = (event: MouseEvent, documentId: string) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void navigate(briefPath(documentId));
  };

  return (
    <div className="matrix-picture" onMouseLeave={() => setHovered(null)}>
      <svg
        className="matrix-picture__svg"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-label="Technical inputs by agency and brief"
        data-testid="contribution-matrix-picture"
      >
        {matrix.briefs.map((brief, column) => (
          <a key={brief.documentId} href={briefPath(brief.documentId)} onClick={(event) => open(event, brief.documentId)}>
            <title>{brief.title}</title>
            <text className="matrix-picture__column" x={columnX(column) + CELL_WIDTH / 2} y={HEADER_HEIGHT - 12}>
              {briefLabel(brief)}
            </text>
          </a>
        ))}
        {matrix.agencies.map((agency, row) => (
          <g key={agency.id} transform={`translate(0 ${rowY(row)})`}>
            <text className="matrix-picture__row" x={LABEL_WIDTH - 10} y={CELL_HEIGHT / 2}>
              <title>{agency.name}</title>
              {agency.shortName}
            </text>
            {matrix.briefs.map((brief, column) => {
              const cell = cells.get(`${agency.id} ${brief.documentId}`);
              const x = columnX(column);
              if (!cell)
                return (
                  <rect
                    key={brief.documentId}
                    className="matrix-cell__box matrix-cell__box--none"
                    x={x}
                    width={CELL_WIDTH}
                    height={CELL_HEIGHT}
                    rx={3}
                  />
                );
              const label = briefLabel(brief);
              const show = () => setHovered({ cell, agency: agency.shortName, brief: label, x, y: rowY(row) });
              return (
                <a
                  key={brief.documentId}
                  className="matrix-cell"
                  href={briefPath(brief.documentId)}
                  aria-label={cellSummary(cell, agency.name, brief.title)}
                  onClick={(event) => open(event, brief.documentId)}
                  onMouseEnter={show}
                  onFocus={show}
                  onBlur={() => setHovered(null)}
                  data-testid="matrix-cell"
                  data-agency={agency.id}
                  data-document={brief.documentId}
                  data-total={cell.counts.total}
                  data-co-lead={cell.coLead || undefined}
                >
                  <CellShape cell={cell} x={x} />
                </a>
              );
            })}
          </g>
        ))}
      </svg>
      {hovered && (
        <div
          className="matrix-picture__tooltip"
          role="tooltip"
          style={{ left: hovered.x + CELL_WIDTH / 2, top: hovered.y + CELL_HEIGHT + 6 }}
          data-testid="matrix-tooltip"
        >
          <strong>
            {hovered.agency}, {hovered.brief}
            {hovered.cell.coLead && ' (co-lead)'}
          </strong>
          <CountsList counts={hovered.cell.counts} />
        </div>
      )}
    </div>
  );
}

function CellShape({ cell, x }: { cell: ContributionCell; x: number }) {
  const { counts } = cell;
  const barWidth = CELL_WIDTH - 2 * BAR_INSET;
  return (
    <g transform={`translate(${x} 0)`}>
      <rect
        className={`matrix-cell__box${counts.total === 0 ? ' matrix-cell__box--none' : ''}`}
        width={CELL_WIDTH}
        height={CELL_HEIGHT}
        rx={3}
      />
      {counts.total > 0 && (
        <>
          <text className="matrix-cell__count" x={CELL_WIDTH / 2} y={16} data-testid="matrix-cell-count">
            {counts.total}
          </text>
          {stackedSegments(counts, barWidth).map((segment) => (
            <rect
              key={segment.key}
              x={BAR_INSET + segment.x}
              y={CELL_HEIGHT - BAR_INSET - BAR_HEIGHT}
              width={segment.width}
              height={BAR_HEIGHT}
              fill={segment.color}
              data-outcome={segment.key}
              data-count={segment.count}
            />
          ))}
        </>
      )}
      {cell.coLead && (
        <path
          className="matrix-cell__co-lead"
          d={`M ${CELL_WIDTH - MARK} 0 H ${CELL_WIDTH - 3} Q ${CELL_WIDTH} 0 ${CELL_WIDTH} 3 V ${MARK} Z`}
        />
      )}
    </g>
  );
}

function CountsList({ counts }: { counts: ContributionCell['counts'] }) {
  if (counts.total === 0) return <p className="matrix-picture__tooltip-none">No inputs yet</p>;
  return (
    <ul className="matrix-picture__tooltip-counts">
      {OUTCOMES.filter(({ key }) => counts[key] > 0).map(({ key, label, color }) => (
        <li key={key}>
          <span className="contribution-swatch" style={{ background: color }} aria-hidden="true" /> {label}: {counts[key]}
        </li>
      ))}
      <li className="matrix-picture__tooltip-total">Total: {counts.total}</li>
    </ul>
  );
}
