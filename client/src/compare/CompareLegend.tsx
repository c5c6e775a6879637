import type { CSSProperties } from 'react';
import type { Origin } from './origins.ts';

interface Props {
  origins: readonly Origin[];
}

/** Where the changes came from, each origin with its colour and how many paragraphs it changed. */
export function CompareLegend({ origins }: Props) {
  if (origins.length === 0) return null;
  return (
    <section className="compare-legend" aria-labelledby="compare-legend-title">
      <h2 id="compare-legend-title" className="compare-legend__title">
        Changes by
      </h2>
      <ul className="compare-legend__list" data-testid="compare-legend">
        {origins.map((origin) => (
          <li key={origin.key} className="compare-legend__item" data-stakeholder-id={origin.stakeholderId}>
            <span className="compare-legend__swatch" style={{ '--stakeholder': origin.color } as CSSProperties} aria-hidden="true" />
            {origin.label}{' '}
            <span className="compare-legend__count">({origin.paragraphs === 1 ? '1 paragraph' : `${origin.paragraphs} paragraphs`})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
