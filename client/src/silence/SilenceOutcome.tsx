import { formatDateTime } from '../lib/dates.ts';
import { SilenceStatements } from './SilenceStatements.tsx';
import type { SilenceProcedure } from './silenceApi.ts';

/** How the last procedure ended: the text adopted, or silence broken by the delegations named. */
export function SilenceOutcome({ procedure }: { procedure: SilenceProcedure }) {
  const ended = procedure.endedAt ?? procedure.deadline;
  return (
    <section
      className={`silence-outcome silence-outcome--${procedure.outcome}`}
      aria-label="Silence procedure"
      data-testid="silence-outcome"
    >
      <p className="silence-outcome__title">
        {procedure.outcome === 'adopted' ? (
          <>
            <strong>
              Adopted on <time dateTime={ended}>{formatDateTime(ended)}</time>
            </strong>
            : {procedure.revision.name} is the final text, read-only.
          </>
        ) : (
          <>
            <strong>Silence broken by {procedure.brokenBy.map((s) => s.name).join(', ')}</strong> on {procedure.revision.name} (silence
            ended <time dateTime={ended}>{formatDateTime(ended)}</time>).
          </>
        )}
      </p>
      <SilenceStatements procedure={procedure} />
    </section>
  );
}
