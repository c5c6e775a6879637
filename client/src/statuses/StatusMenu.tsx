import { useState } from 'react';
import { PARAGRAPH_STATUSES, type ParagraphStatus } from '@plenary/shared/domain/index';
import { MAX_REASON } from '@plenary/shared/validation/limits';
import { setParagraphStatus } from '../api/statuses.ts';
import { STATUS_HINTS, STATUS_SYMBOLS, statusLabel } from './statusLabels.ts';

interface Props {
  documentId: string;
  pid: string;
  label: string;
  current: ParagraphStatus;
  /** After the server took the change (the live event refreshes everyone else). */
  onChanged: () => void;
}

/** For pen-holders: the paragraph's status as a menu of the four, with an optional note kept in the history. */
export function StatusMenu({ documentId, pid, label, current, onChanged }: Props) {
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState<ParagraphStatus | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function choose(status: ParagraphStatus) {
    setBusy(status);
    setError(null);
    try {
      await setParagraphStatus(documentId, pid, status, note.trim() || undefined);
      setNote('');
      onChanged();
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="status-menu">
      <div className="status-menu__choices" role="group" aria-label={`Set the status of ${label}`}>
        {PARAGRAPH_STATUSES.map((status) => (
          <button
            key={status}
            type="button"
            className={`status-menu__choice status-menu__choice--${status}`}
            aria-pressed={status === current}
            disabled={busy !== null || status === current}
            onClick={() => void choose(status)}
            title={STATUS_HINTS[status]}
            data-testid={`set-status-${status}`}
          >
            <span aria-hidden="true">{STATUS_SYMBOLS[status]}</span> {statusLabel(status)}
          </button>
        ))}
      </div>
      <label className="status-menu__note">
        <span>Note for the record (optional)</span>
        <input
          type="text"
          value={note}
          maxLength={MAX_REASON}
          onChange={(event) => setNote(event.target.value)}
          placeholder="Agreed in informals on 12 May"
          data-testid="status-note"
        />
      </label>
      {error && (
        <p role="alert" className="status-menu__error">
          {error}
        </p>
      )}
    </div>
  );
}
