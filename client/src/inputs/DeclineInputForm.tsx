import { MAX_REASON } from '@plenary/shared/validation/limits';
import { useId, useState } from 'react';
import { loadValidation } from '../lib/validation.ts';
import { firstIssue } from '../proposals/useProposalAction.ts';

interface Props {
  busy: boolean;
  /** Receives the checked reason, trimmed. */
  onSubmit: (reason: string) => void;
  onCancel: () => void;
}

/** The reason the agency is given for a declined input: required; Escape cancels. */
export function DeclineInputForm({ busy, onSubmit, onCancel }: Props) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const fieldId = useId();

  const problemOf = async (value: string) => firstIssue((await loadValidation()).declineInputInput.safeParse({ reason: value }));

  const submit = async () => {
    const problem = await problemOf(reason);
    setError(problem);
    if (!problem) onSubmit(reason.trim());
  };

  return (
    <form
      className="input-actions__decline"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
      noValidate
    >
      <label htmlFor={fieldId}>Reason for declining (the agency sees it)</label>
      <input
        id={fieldId}
        type="text"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        maxLength={MAX_REASON}
        autoFocus
        value={reason}
        onChange={(event) => {
          setReason(event.target.value);
          if (error) void problemOf(event.target.value).then(setError);
        }}
        data-testid="input-decline-reason"
      />
      {error && (
        <p id={errorId} className="input-actions__error" role="alert" data-testid="input-decline-error">
          {error}
        </p>
      )}
      <div className="input-actions__row">
        <button type="submit" className="button button--small button--primary" disabled={busy} data-testid="input-decline-confirm">
          Decline input
        </button>
        <button type="button" className="button button--small button--secondary" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
