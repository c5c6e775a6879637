import { useId } from 'react';
import { useModalDialog } from '../components/useModalDialog.ts';

interface Props {
  name: string;
  busy: boolean;
  error: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Withdrawing is final: a modal confirmation, with Cancel focused so that Enter keeps the input. */
export function WithdrawInput({ name, busy, error, onConfirm, onCancel }: Props) {
  const { dialog, initialFocus: cancel } = useModalDialog();
  const titleId = useId();
  return (
    <dialog
      ref={dialog}
      className="decision-dialog"
      aria-labelledby={titleId}
      data-testid="input-withdraw-dialog"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId} className="decision-dialog__title">
        Withdraw the {name}?
      </h2>
      <p className="decision-dialog__note">The co-leads will no longer decide on it. A withdrawn input cannot be submitted again.</p>
      {error && (
        <p className="input-actions__error" role="alert">
          {error}
        </p>
      )}
      <div className="decision-dialog__buttons">
        <button type="button" className="button button--primary" disabled={busy} onClick={onConfirm} data-testid="input-withdraw-confirm">
          {busy ? 'Withdrawing…' : 'Withdraw input'}
        </button>
        <button ref={cancel} type="button" className="button button--secondary" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
