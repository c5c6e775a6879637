import { useEffect, useId, useState } from 'react';
import { canLinkEvidence } from '@plenary/shared/permissions/index';
import { getDocument, listDocuments } from '../api/documents.ts';
import type { DocumentDetail, DocumentSummary } from '../api/types.ts';
import { useModalDialog } from '../components/useModalDialog.ts';
import { useMe } from '../hooks/session.tsx';
import { citableInputs, createEvidenceLink, type CitableInput, type EvidenceLink } from './api.ts';

interface Props {
  /** The document the dialog was opened on, and its paragraph. */
  document: DocumentDetail;
  pid: string;
  label: string;
  onLinked: (link: EvidenceLink) => void;
  onCancel: () => void;
}

const EXCERPT_CHARS = 90;

function excerpt(text: string): string {
  return text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS - 1)}…` : text;
}

/**
 * "Link evidence…": pick the other document (a brief the reader may link, or the compact), then one of its
 * paragraphs, then optionally an incorporated input in the brief paragraph.
 */
export function LinkEvidenceDialog({ document, pid, label, onLinked, onCancel }: Props) {
  const { dialog, initialFocus } = useModalDialog<HTMLSelectElement>();
  const titleId = useId();
  const me = useMe();
  const actor = { role: me.role, stakeholderId: me.stakeholder.id };
  const [candidates, setCandidates] = useState<DocumentSummary[] | null>(null);
  const [otherId, setOtherId] = useState('');
  const [other, setOther] = useState<DocumentDetail | null>(null);
  const [otherPid, setOtherPid] = useState('');
  const [inputs, setInputs] = useState<CitableInput[]>([]);
  const [inputId, setInputId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const onCompact = document.kind === 'compact';

  useEffect(() => {
    const abort = new AbortController();
    listDocuments(abort.signal)
      .then((documents) =>
        setCandidates(documents.filter((d) => (onCompact ? d.kind === 'brief' && canLinkEvidence(actor, d) : d.kind === 'compact'))),
      )
      .catch((cause: unknown) => !abort.signal.aborted && setError(String(cause instanceof Error ? cause.message : cause)));
    return () => abort.abort();
    // The reader and the document do not change while the dialog is open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (!otherId) return;
    const abort = new AbortController();
    getDocument(otherId, abort.signal)
      .then(setOther)
      .catch((cause: unknown) => !abort.signal.aborted && setError(String(cause instanceof Error ? cause.message : cause)));
    return () => abort.abort();
  }, [otherId]);

  // The inputs are those of the brief end: the chosen brief paragraph, or this one when the dialog is on a brief.
  const briefId = onCompact ? otherId : document.id;
  const briefPid = onCompact ? otherPid : pid;
  useEffect(() => {
    if (!briefId || !briefPid) return;
    const abort = new AbortController();
    // Without the inputs list the paragraph itself is still on offer.
    citableInputs(briefId, briefPid, abort.signal)
      .then((found) => !abort.signal.aborted && setInputs(found))
      .catch(() => undefined);
    return () => abort.abort();
  }, [briefId, briefPid]);

  const chooseDocument = (id: string) => {
    setOtherId(id);
    setOther(null);
    chooseParagraph('');
  };
  const chooseParagraph = (chosen: string) => {
    setOtherPid(chosen);
    if (onCompact) setInputs([]);
    setInputId('');
  };

  const submit = async () => {
    if (!otherId || !otherPid) return;
    setSaving(true);
    setError(null);
    try {
      onLinked(await createEvidenceLink(document.id, pid, { documentId: otherId, pid: otherPid, ...(inputId ? { inputId } : {}) }));
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
      setSaving(false);
    }
  };

  const paragraphs = other?.paragraphs.filter((p) => p.number) ?? [];
  return (
    <dialog
      ref={dialog}
      className="decision-dialog evidence-dialog"
      aria-labelledby={titleId}
      data-testid="evidence-dialog"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId} className="decision-dialog__title">
        {onCompact ? `Link ${label} to its evidence` : `Link ${label} to the compact paragraph it informs`}
      </h2>
      <form
        className="evidence-dialog__form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <label className="evidence-dialog__field">
          <span>{onCompact ? 'Issue brief' : 'Document'}</span>
          <select
            ref={initialFocus}
            value={otherId}
            onChange={(e) => chooseDocument(e.target.value)}
            data-testid="evidence-dialog-document"
          >
            <option value="">{candidates === null ? 'Loading…' : 'Choose…'}</option>
            {candidates?.map((d) => (
              <option key={d.id} value={d.id}>
                {d.title}
              </option>
            ))}
          </select>
        </label>
        {candidates?.length === 0 && <p className="evidence-dialog__hint">There is no document you may link this paragraph to.</p>}
        <label className="evidence-dialog__field">
          <span>Paragraph</span>
          <select
            value={otherPid}
            onChange={(e) => chooseParagraph(e.target.value)}
            disabled={!other}
            data-testid="evidence-dialog-paragraph"
          >
            <option value="">{otherId && !other ? 'Loading…' : 'Choose…'}</option>
            {paragraphs.map((p) => (
              <option key={p.pid} value={p.pid}>
                {`${p.number} ${excerpt(p.text)}`}
              </option>
            ))}
          </select>
        </label>
        {inputs.length > 0 && (
          <label className="evidence-dialog__field">
            <span>Incorporated input (optional)</span>
            <select value={inputId} onChange={(e) => setInputId(e.target.value)} data-testid="evidence-dialog-input">
              <option value="">The paragraph itself</option>
              {inputs.map((input) => (
                <option key={input.id} value={input.id}>
                  {input.label}
                </option>
              ))}
            </select>
          </label>
        )}
        {error && (
          <p className="evidence-dialog__error" role="alert">
            {error}
          </p>
        )}
        <div className="decision-dialog__buttons">
          <button type="submit" className="button button--primary" disabled={!otherPid || saving} data-testid="evidence-dialog-confirm">
            Link
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel} data-testid="evidence-dialog-cancel">
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
