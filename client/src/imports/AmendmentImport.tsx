import { useId, useState } from 'react';
import type { AmendmentImportResponse, ImportedProposalResponse } from '@plenary/shared/api/index';
import type { DocumentDetail } from '../api/types.ts';
import { useModalDialog } from '../components/useModalDialog.ts';
import { confirmAmendmentImport } from './importsApi.ts';
import { WordFilePicker } from './WordFilePicker.tsx';
import './imports.css';

/**
 * For whoever may table on the document: "Upload Word amendments…". The file's tracked changes are read into
 * the proposals they amount to and shown for review; nothing is tabled until the delegate confirms.
 */
export function AmendmentImportButton({ document }: { document: Pick<DocumentDetail, 'id' | 'canTable'> }) {
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  if (!document.canTable) return null;
  return (
    <>
      <button type="button" className="button button--secondary" onClick={() => setOpen(true)} data-testid="amendment-import-open">
        Upload Word amendments…
      </button>
      {done && (
        <span className="amendment-import__done" role="status" data-testid="amendment-import-done">
          {done}
        </span>
      )}
      {open && (
        <AmendmentImportDialog
          documentId={document.id}
          onClose={(message) => {
            setOpen(false);
            setDone(message);
          }}
        />
      )}
    </>
  );
}

function AmendmentImportDialog({ documentId, onClose }: { documentId: string; onClose: (done: string | null) => void }) {
  const { dialog, initialFocus: cancel } = useModalDialog();
  const titleId = useId();
  const [reading, setReading] = useState<AmendmentImportResponse | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = () => {
    if (!reading) return;
    setBusy(true);
    setError(null);
    confirmAmendmentImport(reading.id)
      .then(({ proposalIds }) =>
        onClose(`${proposalIds.length} ${proposalIds.length === 1 ? 'proposal' : 'proposals'} tabled from the Word file.`),
      )
      .catch((failure: Error) => setError(failure.message))
      .finally(() => setBusy(false));
  };

  return (
    <dialog
      ref={dialog}
      className="decision-dialog amendment-import"
      aria-labelledby={titleId}
      data-testid="amendment-import-dialog"
      onCancel={(event) => {
        event.preventDefault();
        onClose(null);
      }}
    >
      <h2 id={titleId} className="decision-dialog__title">
        Table amendments from a Word file
      </h2>
      {!reading && (
        <>
          <p>
            Download the text as Word, make your changes with Track Changes on, and upload the file here. You will see the proposals it
            makes before anything is tabled.
          </p>
          <WordFilePicker<AmendmentImportResponse>
            path={`/api/documents/${encodeURIComponent(documentId)}/imports/amendments`}
            label="Word file"
            onRead={setReading}
          />
        </>
      )}
      {reading && <AmendmentReview reading={reading} />}
      {error && (
        <p className="proposal-actions__error" role="alert" data-testid="amendment-import-error">
          Nothing tabled: {error}
        </p>
      )}
      <div className="decision-dialog__buttons">
        {reading && reading.proposals.length > 0 && (
          <button type="button" className="button button--primary" disabled={busy} onClick={confirm} data-testid="amendment-import-confirm">
            Table {reading.proposals.length} {reading.proposals.length === 1 ? 'proposal' : 'proposals'}
          </button>
        )}
        <button ref={cancel} type="button" className="button button--secondary" onClick={() => onClose(null)}>
          {reading ? 'Cancel' : 'Close'}
        </button>
      </div>
    </dialog>
  );
}

const KIND_LABELS: Record<ImportedProposalResponse['kind'], (label: string) => string> = {
  amend: (label) => `Amend ${label}`,
  delete: (label) => `Delete ${label}`,
  'insert-after': (label) => `New paragraph after ${label}`,
};

function AmendmentReview({ reading }: { reading: AmendmentImportResponse }) {
  return (
    <div className="amendment-import__review" data-testid="amendment-import-review">
      {reading.proposals.length === 0 ? (
        <p data-testid="amendment-import-none">The file has no tracked change that makes a proposal.</p>
      ) : (
        <ol className="amendment-import__list">
          {reading.proposals.map((proposal, index) => (
            <li key={index} data-testid="amendment-import-proposal">
              <strong>{KIND_LABELS[proposal.kind](proposal.paragraphLabel)}</strong>
              {proposal.text && <p className="amendment-import__text">{proposal.text}</p>}
              <p className="amendment-import__meta">
                Tracked by {proposal.authors.join(', ')}
                {proposal.rebased && ' · the paragraph changed since your download: your change is applied to the current text'}
                {proposal.matchedBy === 'text' && ' · found by its words (the file lost the paragraph’s marker)'}
              </p>
            </li>
          ))}
        </ol>
      )}
      {reading.unmatched.length > 0 && (
        <>
          <h3 className="amendment-import__subtitle">Not tabled</h3>
          <ul className="amendment-import__list" data-testid="amendment-import-unmatched">
            {reading.unmatched.map((change, index) => (
              <li key={index}>
                <p className="amendment-import__text">{change.text}</p>
                <p className="amendment-import__meta">{change.reason}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
