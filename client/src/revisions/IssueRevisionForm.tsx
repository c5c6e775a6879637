import { useId, useState } from 'react';
import { issueRevision, type RevisionDetail } from '../api/revisions.ts';
import { loadValidation } from '../lib/validation.ts';
import { firstIssue } from '../proposals/useProposalAction.ts';

interface Props {
  documentId: string;
  suggestedName: string;
  onIssued: (revision: RevisionDetail) => void;
  onCancel: () => void;
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Issuing a revision: its name, symbol, date and cover note, then a confirmation that says what issuing does,
 * since a revision can never be changed afterwards.
 */
export function IssueRevisionForm({ documentId, suggestedName, onIssued, onCancel }: Props) {
  const [fields, setFields] = useState({ name: suggestedName, symbol: '', issuedOn: today(), coverNote: '' });
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const ids = { name: useId(), symbol: useId(), issuedOn: useId(), coverNote: useId() };

  const change = (field: keyof typeof fields, value: string) => {
    setFields((previous) => ({ ...previous, [field]: value }));
    setError(null);
  };

  const check = async () => {
    const { issueRevisionInput } = await loadValidation();
    const problem = firstIssue(issueRevisionInput.safeParse(fields));
    setError(problem);
    if (!problem) setConfirming(true);
  };

  const issue = async () => {
    setBusy(true);
    try {
      onIssued(await issueRevision(documentId, fields));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'The revision could not be issued.');
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="issue-revision"
      aria-label="Issue a revision"
      data-testid="issue-revision-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void (confirming ? issue() : check());
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <div className="issue-revision__row">
        <label htmlFor={ids.name}>Name</label>
        <input id={ids.name} value={fields.name} onChange={(e) => change('name', e.target.value)} autoFocus disabled={confirming} />
      </div>
      <div className="issue-revision__row">
        <label htmlFor={ids.symbol}>Document symbol (optional)</label>
        <input
          id={ids.symbol}
          value={fields.symbol}
          placeholder="A/CONF.231/3"
          onChange={(e) => change('symbol', e.target.value)}
          disabled={confirming}
        />
      </div>
      <div className="issue-revision__row">
        <label htmlFor={ids.issuedOn}>Date</label>
        <input
          id={ids.issuedOn}
          type="date"
          value={fields.issuedOn}
          onChange={(e) => change('issuedOn', e.target.value)}
          disabled={confirming}
        />
      </div>
      <div className="issue-revision__row">
        <label htmlFor={ids.coverNote}>Cover note (optional)</label>
        <textarea
          id={ids.coverNote}
          rows={3}
          value={fields.coverNote}
          onChange={(e) => change('coverNote', e.target.value)}
          disabled={confirming}
        />
      </div>
      {error && (
        <p id={errorId} className="form-error" role="alert">
          {error}
        </p>
      )}
      {confirming ? (
        <div className="issue-revision__confirm" role="alertdialog" aria-label={`Issue ${fields.name}?`}>
          <p>
            Issuing <strong>{fields.name}</strong> freezes the text as it reads now and numbers it cleanly: paragraphs added since the last
            revision (11bis…) take ordinary numbers and the numbers of deleted paragraphs go. Everyone sees it at once, and a revision
            cannot be changed afterwards.
          </p>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Issuing…' : `Issue ${fields.name}`}
          </button>{' '}
          <button type="button" className="button" onClick={() => setConfirming(false)} disabled={busy}>
            Back
          </button>
        </div>
      ) : (
        <div className="issue-revision__actions">
          <button type="submit" className="button button--primary" aria-describedby={error ? errorId : undefined}>
            Issue…
          </button>{' '}
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      )}
    </form>
  );
}
