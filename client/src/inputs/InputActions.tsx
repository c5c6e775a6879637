import { useState } from 'react';
import { inputActions, type TechnicalInput } from '../api/inputs.ts';
import type { LiveParagraph } from '../proposals/useParagraphs.ts';
import { DeclineInputForm } from './DeclineInputForm.tsx';
import { IncorporateWithEdit } from './IncorporateWithEdit.tsx';
import { WithdrawInput } from './WithdrawInput.tsx';
import type { InputLayerModel } from './layerState.ts';

interface Props {
  input: TechnicalInput;
  paragraph: LiveParagraph | undefined;
  model: InputLayerModel;
}

type Open = 'none' | 'decline' | 'edit' | 'withdraw';

/** What the reader may do with an input: the agency edits or withdraws its own, the co-leads decide. */
export function InputActions({ input, paragraph, model }: Props) {
  const [open, setOpen] = useState<Open>('none');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { canEdit, canWithdraw, canDecide } = input.viewer;
  if (!canEdit && !canWithdraw && !canDecide) return null;

  const run = async (name: string, action: () => Promise<TechnicalInput>) => {
    setBusy(name);
    setError(null);
    try {
      model.replace(await action());
      setOpen('none');
      return true;
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      return false;
    } finally {
      setBusy(null);
    }
  };
  const name = `${input.agency.shortName} input on ${input.paragraphLabel ?? 'a removed paragraph'}`;

  return (
    <div className="input-actions" data-testid="input-actions">
      <div className="input-actions__row">
        {canDecide && (
          <>
            <button
              type="button"
              className="button button--small button--primary"
              disabled={busy !== null}
              onClick={() => void run('incorporate', () => inputActions.incorporate(input.id))}
              aria-label={`Incorporate: ${name}`}
              data-testid="input-incorporate"
            >
              {busy === 'incorporate' ? 'Incorporating…' : 'Incorporate'}
            </button>
            <button
              type="button"
              className="button button--small"
              disabled={busy !== null}
              onClick={() => setOpen('edit')}
              aria-label={`Incorporate with edit: ${name}`}
              data-testid="input-incorporate-edit"
            >
              Incorporate with edit…
            </button>
            <button
              type="button"
              className="button button--small button--secondary"
              disabled={busy !== null}
              aria-expanded={open === 'decline'}
              onClick={() => setOpen(open === 'decline' ? 'none' : 'decline')}
              aria-label={`Decline: ${name}`}
              data-testid="input-decline"
            >
              Decline…
            </button>
          </>
        )}
        {canEdit && (
          <button
            type="button"
            className="button button--small"
            disabled={busy !== null}
            onClick={() => model.openEdit(input)}
            aria-label={`Edit: ${name}`}
            data-testid="input-edit"
          >
            Edit
          </button>
        )}
        {canWithdraw && (
          <button
            type="button"
            className="button button--small button--secondary"
            disabled={busy !== null}
            onClick={() => setOpen('withdraw')}
            aria-label={`Withdraw: ${name}`}
            data-testid="input-withdraw"
          >
            Withdraw…
          </button>
        )}
      </div>
      {open === 'decline' && (
        <DeclineInputForm
          busy={busy !== null}
          onSubmit={(reason) => void run('decline', () => inputActions.decline(input.id, reason))}
          onCancel={() => setOpen('none')}
        />
      )}
      {open === 'edit' && (
        <IncorporateWithEdit
          input={input}
          paragraph={paragraph}
          busy={busy !== null}
          error={error}
          onConfirm={(text) => void run('incorporate-edit', () => inputActions.incorporate(input.id, text))}
          onCancel={() => {
            setOpen('none');
            setError(null);
          }}
        />
      )}
      {open === 'withdraw' && (
        <WithdrawInput
          name={name}
          busy={busy !== null}
          error={error}
          onConfirm={() => void run('withdraw', () => inputActions.withdraw(input.id))}
          onCancel={() => {
            setOpen('none');
            setError(null);
          }}
        />
      )}
      {error && open !== 'edit' && open !== 'withdraw' && (
        <p className="input-actions__error" role="alert" data-testid="input-action-error">
          {error}
        </p>
      )}
    </div>
  );
}
