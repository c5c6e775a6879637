import { MAX_REASON } from '@plenary/shared/validation/limits';
import { useId, useState } from 'react';
import { loadValidation } from '../lib/validation.ts';
import { firstIssue } from './useProposalAction.ts';

interface Props {
  /** A rejection is always explained; a note on a superseded proposal is optional. */
  required: boolean;
  placeholder: string;
  label: string;
  submitLabel: string;
  busy: boolean;
  /** Receives the checked reason, trimmed. */
  onSubmit: (reason: string) => void;
  onCancel: () => void;
}

/** The one-line reason given with a decision; Escape cancels, and a shown error goes once the reason is right. */
export function DecisionReasonForm({ required, placeholder, label, submitLabel, busy, onSubmit, onCancel }: Props) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();

  const problemOf = async (value: string) => {
    const { proposalReason, rejectProposalInput } = await loadValidation();
    return firstIssue(required ? rejectProposalInput.safeParse({ reason: value }) : proposalReason.safeParse(value));
  };

  const submit = async () => {
    const problem = await problemOf(reason);
    setError(problem);
    if (!problem) onSubmit(reason.trim());
  };

  const change = async (value: string) => {
    setReason(value);
    if (error) setError(await problemOf(value));
  };

  return (
    <form
      className="proposal-actions__decision"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
      noValidate
    >
      <input
        type="text"
        className="proposal-actions__reason"
        placeholder={placeholder}
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        maxLength={MAX_REASON}
        autoFocus
        value={reason}
        onChange={(event) => void change(event.target.value)}
        data-testid="decision-reason"
      />
      {error && (
        <p id={errorId} className="proposal-actions__error" role="alert" data-testid="decision-reason-error">
          {error}
        </p>
      )}
      <div className="proposal-actions__row">
        <button type="submit" className="button button--small button--primary" disabled={busy} data-testid="decision-confirm">
          {submitLabel}
        </button>
        <button type="button" className="button button--small button--secondary" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
