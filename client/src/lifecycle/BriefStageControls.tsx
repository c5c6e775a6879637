import { useId, useState } from 'react';
import { stageLabel, type BriefStage } from '@plenary/shared/domain/index';
import { briefMovesFor } from '@plenary/shared/permissions/index';
import type { DocumentSummary } from '../api/types.ts';
import { useMe } from '../hooks/session.tsx';
import { useModalDialog } from '../components/useModalDialog.ts';
import { moveBriefStage } from './lifecycleApi.ts';
import { MOVE_LABELS, STAGE_ALLOWS } from './stageWording.ts';
import './lifecycle.css';

interface Props {
  document: Pick<DocumentSummary, 'id' | 'kind' | 'stage' | 'leadStakeholderIds'>;
}

/**
 * The moves the signed-in person may make on a brief from its stage (its co-leads; the secretariat endorses
 * and publishes), each confirmed in a dialog that says what the next stage allows. The page follows the
 * move through the live event every reader of the brief receives.
 */
export function BriefStageControls({ document }: Props) {
  const me = useMe();
  const [confirming, setConfirming] = useState<BriefStage | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (document.kind !== 'brief' || !document.stage) return null;
  const moves = briefMovesFor({ role: me.role, stakeholderId: me.stakeholder.id }, document.leadStakeholderIds, document.stage);
  if (moves.length === 0) return null;

  const move = async (stage: BriefStage, inputsDeadline?: string) => {
    setError(null);
    try {
      await moveBriefStage(document.id, stage, inputsDeadline);
      setConfirming(null);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };

  return (
    <div className="brief-stage-controls" data-testid="brief-stage-controls">
      {moves.map(({ to }) => (
        <button
          key={to}
          type="button"
          className="button button--small button--secondary"
          onClick={() => {
            setError(null);
            setConfirming(to);
          }}
          data-testid={`move-to-${to}`}
        >
          {MOVE_LABELS[to]}
        </button>
      ))}
      {confirming && (
        <StageDialog
          to={confirming}
          error={error}
          onConfirm={(deadline) => void move(confirming, deadline)}
          onCancel={() => setConfirming(null)}
        />
      )}
    </div>
  );
}

interface DialogProps {
  to: BriefStage;
  error: string | null;
  onConfirm: (inputsDeadline?: string) => void;
  onCancel: () => void;
}

/** A modal dialog; Escape or Cancel leaves the brief where it is, and Cancel has the focus. */
function StageDialog({ to, error, onConfirm, onCancel }: DialogProps) {
  const { dialog, initialFocus: cancel } = useModalDialog();
  const [deadline, setDeadline] = useState('');
  const [busy, setBusy] = useState(false);
  const titleId = useId();
  const allowsId = useId();
  const deadlineId = useId();
  const chosen = deadline ? new Date(deadline) : null;

  const confirm = () => {
    setBusy(true);
    onConfirm(chosen && !Number.isNaN(chosen.getTime()) ? chosen.toISOString() : undefined);
    setBusy(false);
  };

  return (
    <dialog
      ref={dialog}
      className="decision-dialog"
      aria-labelledby={titleId}
      aria-describedby={allowsId}
      data-testid="brief-stage-dialog"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId} className="decision-dialog__title">
        Move the brief to “{stageLabel(to)}”?
      </h2>
      <p id={allowsId} data-testid="brief-stage-allows">
        {STAGE_ALLOWS[to]}
      </p>
      {to === 'circulated' && (
        <p className="brief-stage-dialog__deadline">
          <label htmlFor={deadlineId}>Inputs by (optional)</label>{' '}
          <input
            id={deadlineId}
            type="datetime-local"
            value={deadline}
            onChange={(event) => setDeadline(event.target.value)}
            data-testid="brief-stage-deadline"
          />
        </p>
      )}
      {error && (
        <p className="proposal-actions__error" role="alert" data-testid="brief-stage-error">
          Not moved: {error}
        </p>
      )}
      <div className="decision-dialog__buttons">
        <button type="button" className="button button--primary" disabled={busy} onClick={confirm} data-testid="brief-stage-confirm">
          {MOVE_LABELS[to].replace(/…$/, '')}
        </button>
        <button ref={cancel} type="button" className="button button--secondary" onClick={onCancel} data-testid="brief-stage-cancel">
          Cancel
        </button>
      </div>
    </dialog>
  );
}
