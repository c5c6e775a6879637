import { MAX_SILENCE_STATEMENT } from '@plenary/shared/validation/limits';
import { useId, useState } from 'react';
import { LengthCounter } from '../components/LengthCounter.tsx';
import { loadValidation } from '../lib/validation.ts';
import { useModalDialog } from '../components/useModalDialog.ts';
import { breakSilence, type SilenceProcedure } from './silenceApi.ts';

interface Props {
  procedure: SilenceProcedure;
  /** The delegation breaking silence ("European Union"). */
  delegation: string;
  onBroken: (procedure: SilenceProcedure) => void;
  onCancel: () => void;
}

/**
 * Breaking silence: a written statement, then a confirmation, since it cannot be taken back. A modal
 * dialog; Escape or Cancel leaves the silence as it was.
 */
export function BreakSilenceDialog({ procedure, delegation, onBroken, onCancel }: Props) {
  const { dialog } = useModalDialog();
  const titleId = useId();
  const errorId = useId();
  const [statement, setStatement] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const check = async () => {
    const { breakSilenceInput } = await loadValidation();
    const result = breakSilenceInput.safeParse({ statement });
    const problem = result.success ? null : (result.error.issues[0]?.message ?? 'This statement is not valid.');
    setError(problem);
    if (!problem) setConfirming(true);
  };

  const send = async () => {
    setBusy(true);
    setError(null);
    try {
      onBroken(await breakSilence(procedure.id, statement));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={dialog}
      className="decision-dialog silence-dialog"
      aria-labelledby={titleId}
      data-testid="break-silence-dialog"
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <h2 id={titleId} className="decision-dialog__title">
        Break silence on {procedure.revision.name}
      </h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void (confirming ? send() : check());
        }}
        noValidate
      >
        <label className="silence-dialog__label" htmlFor={`${titleId}-statement`}>
          Statement of {delegation} (it is shown to every participant with the outcome)
        </label>
        <textarea
          id={`${titleId}-statement`}
          className="silence-dialog__statement"
          rows={6}
          maxLength={MAX_SILENCE_STATEMENT}
          autoFocus
          value={statement}
          readOnly={confirming}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => {
            setStatement(event.target.value);
            if (error) setError(null);
          }}
          data-testid="break-silence-statement"
        />
        <LengthCounter length={statement.length} max={MAX_SILENCE_STATEMENT} />
        {error && (
          <p id={errorId} className="silence-dialog__error" role="alert" data-testid="break-silence-error">
            {error}
          </p>
        )}
        {confirming && (
          <p className="silence-dialog__confirm" role="status">
            Break silence in the name of {delegation}? This cannot be undone.
          </p>
        )}
        <div className="decision-dialog__buttons">
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={confirming ? () => setConfirming(false) : onCancel}
          >
            {confirming ? 'Back' : 'Cancel'}
          </button>
          <button type="submit" className="button button--primary" disabled={busy} data-testid="break-silence-submit">
            {confirming ? 'Confirm: break silence' : 'Break silence…'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
