import type { CSSProperties } from 'react';
import { formatDateTime } from '../lib/dates.ts';
import type { Writer } from './writers.ts';

interface Props {
  label: string;
  writers: readonly Writer[];
  emphasised: string | null;
  onEmphasise: (key: string | null) => void;
}

/** Who wrote the paragraph: one entry per writer, each a toggle that picks out that writer's words. */
export function WritersLegend({ label, writers, emphasised, onEmphasise }: Props) {
  return (
    <ul className="attribution-legend" aria-label={`Writers of ${label}`} data-testid="attribution-legend">
      {writers.map((writer) => {
        const pressed = emphasised === writer.key;
        return (
          <li key={writer.key}>
            <button
              type="button"
              className="attribution-writer"
              aria-pressed={pressed}
              title={pressed ? 'Show everyone’s words again' : 'Pick out these words in the text'}
              onClick={() => onEmphasise(pressed ? null : writer.key)}
              data-testid="attribution-writer"
              data-writer={writer.key}
              data-stakeholder-id={writer.stakeholderId ?? ''}
            >
              <span
                className={`attribution-writer__swatch${writer.color ? '' : ' attribution-writer__swatch--unknown'}`}
                style={writer.color ? ({ '--stakeholder': writer.color } as CSSProperties) : undefined}
                aria-hidden="true"
              />
              <span className="attribution-writer__text">
                <strong>{writer.stakeholder}</strong>
                {writer.people && ` — ${writer.people}`}
                {writer.latestAt && (
                  <>
                    {', '}
                    <time dateTime={writer.latestAt}>{formatDateTime(writer.latestAt)}</time>
                  </>
                )}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
