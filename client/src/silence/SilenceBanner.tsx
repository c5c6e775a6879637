import { useState } from 'react';
import { useMe } from '../hooks/session.tsx';
import { BreakSilenceDialog } from './BreakSilenceDialog.tsx';
import { SilenceCountdown } from './SilenceCountdown.tsx';
import { SilenceDeadline } from './SilenceDeadline.tsx';
import { SilenceStatements } from './SilenceStatements.tsx';
import type { SilenceProcedure } from './silenceApi.ts';

interface Props {
  procedure: SilenceProcedure;
  clockOffsetMs: number;
  mayBreak: boolean;
  onChanged: () => void;
}

/** While silence runs: which revision, how long is left, who broke it so far, and the way to break it. */
export function SilenceBanner({ procedure, clockOffsetMs, mayBreak, onChanged }: Props) {
  const me = useMe();
  const [breaking, setBreaking] = useState(false);
  const broken = procedure.brokenBy.length > 0;
  return (
    <section className="silence-banner" aria-label="Silence procedure" data-testid="silence-banner">
      <div className="silence-banner__head">
        <p className="silence-banner__title">
          <strong>{procedure.revision.name}</strong> is under silence until <SilenceDeadline deadline={procedure.deadline} />
        </p>
        <SilenceCountdown deadline={procedure.deadline} clockOffsetMs={clockOffsetMs} />
        {mayBreak && (
          <button
            type="button"
            className="button button--small button--primary"
            onClick={() => setBreaking(true)}
            data-testid="break-silence"
          >
            Break silence
          </button>
        )}
      </div>
      <p className="silence-banner__state" data-testid="silence-broken-so-far">
        {broken
          ? `Silence broken so far by ${procedure.brokenBy.map((s) => s.name).join(', ')}.`
          : 'Nobody has broken silence: the text is adopted at the deadline unless a delegation does.'}
      </p>
      <SilenceStatements procedure={procedure} />
      {breaking && (
        <BreakSilenceDialog
          procedure={procedure}
          delegation={me.stakeholder.name}
          onBroken={() => {
            setBreaking(false);
            onChanged();
          }}
          onCancel={() => setBreaking(false)}
        />
      )}
    </section>
  );
}
