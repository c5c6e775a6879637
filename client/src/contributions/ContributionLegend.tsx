import { OUTCOMES } from './outcomes.ts';

/** What the colours and the corner mark of the picture mean. */
export function ContributionLegend() {
  return (
    <ul className="contribution-legend" aria-label="Legend" data-testid="contribution-legend">
      {OUTCOMES.map(({ key, label, color }) => (
        <li key={key}>
          <span className="contribution-swatch" style={{ background: color }} aria-hidden="true" /> {label}
        </li>
      ))}
      <li>
        <span className="contribution-swatch contribution-swatch--co-lead" aria-hidden="true" /> Co-lead of the brief
      </li>
    </ul>
  );
}
