import { useEffect, useId, useState } from 'react';
import { listRevisions, type RevisionSummary } from '../api/revisions.ts';
import { ApiError } from '../api/http.ts';
import { useModalDialog } from '../components/useModalDialog.ts';

interface Props {
  documentId: string;
  onPick: (from: string, to: string) => void;
  onCancel: () => void;
}

/** Picks the two revisions of a Word redline: the earlier one as the base, the later one as the text. */
export function RedlineExportDialog({ documentId, onPick, onCancel }: Props) {
  const { dialog, initialFocus: cancel } = useModalDialog();
  const titleId = useId();
  const [revisions, setRevisions] = useState<RevisionSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');

  useEffect(() => {
    const abort = new AbortController();
    listRevisions(documentId, abort.signal).then(
      (list) => {
        setRevisions(list);
        setFrom(list.at(-2)?.id ?? '');
        setTo(list.at(-1)?.id ?? '');
      },
      (cause: unknown) => {
        if (!abort.signal.aborted) setError(cause instanceof ApiError ? cause.message : 'The revisions could not be read.');
      },
    );
    return () => abort.abort();
  }, [documentId]);

  const enough = (revisions?.length ?? 0) >= 2;
  const valid = enough && from !== '' && to !== '' && from !== to;

  return (
    <dialog
      ref={dialog}
      className="export-dialog"
      aria-labelledby={titleId}
      data-testid="redline-dialog"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId} className="export-dialog__title">
        Redline between revisions (Word)
      </h2>
      {error && <p role="alert">{error}</p>}
      {revisions === null && !error && <p>Reading the revisions…</p>}
      {revisions !== null && !enough && (
        <p>A redline needs two revisions; this document has {revisions.length === 0 ? 'none' : 'one'} yet.</p>
      )}
      {enough && (
        <div className="export-dialog__pickers">
          <label>
            From
            <select value={from} onChange={(event) => setFrom(event.target.value)} data-testid="redline-from">
              {revisions!.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            To
            <select value={to} onChange={(event) => setTo(event.target.value)} data-testid="redline-to">
              {revisions!.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      {enough && from === to && <p className="export-dialog__note">Pick two different revisions.</p>}
      <div className="export-dialog__buttons">
        <button
          type="button"
          className="button button--primary"
          disabled={!valid}
          onClick={() => onPick(from, to)}
          data-testid="redline-export"
        >
          Export the redline
        </button>
        <button ref={cancel} type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
