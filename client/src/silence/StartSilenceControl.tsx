import { DEFAULT_SILENCE_HOURS } from '@plenary/shared/domain/index';
import { useId, useState } from 'react';
import { SilenceDeadline } from './SilenceDeadline.tsx';
import { startSilence, type SilenceProcedure } from './silenceApi.ts';

interface Props {
  documentId: string;
  revision: { id: string; name: string };
  clockOffsetMs: number;
  onStarted: (procedure: SilenceProcedure) => void;
}

/** "2026-12-04T09:00" for a `datetime-local` field, in the reader's own time zone. */
function localInputValue(date: Date): string {
  const shifted = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return shifted.toISOString().slice(0, 16);
}

/** For pen-holders: puts the latest revision under silence until a deadline (72 hours from now unless changed). */
export function StartSilenceControl({ documentId, revision, clockOffsetMs, onStarted }: Props) {
  const [open, setOpen] = useState(false);
  const [deadline, setDeadline] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fieldId = useId();
  const errorId = useId();
  const chosen = deadline ? new Date(deadline) : null;
  const valid = chosen !== null && !Number.isNaN(chosen.getTime());

  const openForm = () => {
    setDeadline(localInputValue(new Date(Date.now() + clockOffsetMs + DEFAULT_SILENCE_HOURS * 3600 * 1000)));
    setError(null);
    setOpen(true);
  };

  const submit = async () => {
    if (!valid) {
      setError('Choose the date and time silence ends.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onStarted(await startSilence(documentId, { revisionId: revision.id, deadline: chosen.toISOString() }));
      setOpen(false);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  if (!open) {
    return (
      <button type="button" className="button button--small button--secondary" onClick={openForm} data-testid="start-silence">
        Put {revision.name} under silence…
      </button>
    );
  }
  return (
    <form
      className="silence-start"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setOpen(false);
      }}
      noValidate
      data-testid="start-silence-form"
    >
      <label htmlFor={fieldId}>Silence on {revision.name} ends on</label>
      <input
        id={fieldId}
        type="datetime-local"
        value={deadline}
        autoFocus
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => setDeadline(event.target.value)}
        data-testid="start-silence-deadline"
      />
      {valid && <SilenceDeadline deadline={chosen.toISOString()} />}
      {error && (
        <p id={errorId} className="silence-dialog__error" role="alert" data-testid="start-silence-error">
          {error}
        </p>
      )}
      <div className="silence-start__buttons">
        <button type="submit" className="button button--small button--primary" disabled={busy} data-testid="start-silence-confirm">
          Put under silence
        </button>
        <button type="button" className="button button--small button--secondary" disabled={busy} onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
