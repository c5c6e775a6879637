import type { CSSProperties } from 'react';
import type { AttributionRun } from '../api/attribution.ts';
import { formatDateTime } from '../lib/dates.ts';
import { writerKey, type Writer } from './writers.ts';

interface Props {
  runs: readonly AttributionRun[];
  writers: ReadonlyMap<string, Writer>;
  /** The writer picked out in the legend: everyone else's words fade. */
  emphasised: string | null;
}

/** The paragraph's text, each run in its writer's colour; hovering a run names its writer. */
export function AttributedText({ runs, writers, emphasised }: Props) {
  return (
    <p className="attribution-text" data-testid="attribution-text">
      {runs.map((run, index) => {
        const key = writerKey(run);
        const writer = writers.get(key);
        const dimmed = emphasised !== null && emphasised !== key;
        return (
          <span
            key={index}
            className={`attribution-run${writer?.color ? '' : ' attribution-run--unknown'}${dimmed ? ' is-dimmed' : ''}`}
            style={writer?.color ? ({ '--stakeholder': writer.color } as CSSProperties) : undefined}
            title={writer ? runTitle(writer, run) : undefined}
            data-testid="attribution-run"
            data-writer={key}
            data-stakeholder-id={run.stakeholderId ?? ''}
          >
            {run.text}
          </span>
        );
      })}
    </p>
  );
}

function runTitle(writer: Writer, run: AttributionRun): string {
  const when = run.at ? formatDateTime(run.at) : '';
  return [`${writer.stakeholder}${writer.people ? ` — ${writer.people}` : ''}`, when].filter(Boolean).join(', ');
}
