import { INPUT_TYPE_LABELS, INPUT_TYPES } from '@plenary/shared/domain/index';
import type { BriefContributions } from './api.ts';
import { OUTCOMES } from './outcomes.ts';

/** One brief's inputs as a table: a row per agency (co-leads first), a column per outcome, and the brief's totals. */
export function BriefContributionsTable({ contributions }: { contributions: BriefContributions }) {
  return (
    <div className="contribution-scroller">
      <table className="contribution-table" data-testid="brief-contributions-table">
        <caption>Technical inputs by agency and outcome</caption>
        <thead>
          <tr>
            <th scope="col">Agency</th>
            {OUTCOMES.map(({ key, label, color }) => (
              <th key={key} scope="col">
                <span className="contribution-swatch" style={{ background: color }} aria-hidden="true" /> {label}
              </th>
            ))}
            <th scope="col">Total</th>
          </tr>
        </thead>
        <tbody>
          {contributions.agencies.map(({ agency, coLead, counts }) => (
            <tr key={agency.id} data-testid="brief-contributions-row" data-agency={agency.id}>
              <th scope="row" title={agency.name}>
                {agency.shortName}
                {coLead && (
                  <>
                    {' '}
                    <span className="co-lead-tag">co-lead</span>
                  </>
                )}
              </th>
              {OUTCOMES.map(({ key }) => (
                <td key={key} className="contribution-table__number" data-outcome={key}>
                  {counts[key]}
                </td>
              ))}
              <td className="contribution-table__number contribution-table__total" data-outcome="total">
                {counts.total}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-testid="brief-contributions-totals">
            <th scope="row">All agencies</th>
            {OUTCOMES.map(({ key }) => (
              <td key={key} className="contribution-table__number" data-outcome={key}>
                {contributions.totals[key]}
              </td>
            ))}
            <td className="contribution-table__number contribution-table__total" data-outcome="total">
              {contributions.totals.total}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** The same inputs by what they offer. */
export function BriefContributionsByType({ contributions }: { contributions: BriefContributions }) {
  const withInputs = contributions.agencies.filter(({ counts }) => counts.total > 0);
  if (withInputs.length === 0) return null;
  return (
    <div className="contribution-scroller">
      <table className="contribution-table" data-testid="brief-contributions-by-type">
        <caption>Technical inputs by agency and type</caption>
        <thead>
          <tr>
            <th scope="col">Agency</th>
            {INPUT_TYPES.map((type) => (
              <th key={type} scope="col">
                {INPUT_TYPE_LABELS[type]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {withInputs.map(({ agency, byType }) => (
            <tr key={agency.id} data-agency={agency.id}>
              <th scope="row" title={agency.name}>
                {agency.shortName}
              </th>
              {INPUT_TYPES.map((type) => (
                <td key={type} className="contribution-table__number" data-type={type}>
                  {byType[type]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
