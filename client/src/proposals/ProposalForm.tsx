import { diffWords } from '@plenary/shared/diff/index';
import { PROPOSAL_KINDS, type ProposalKind } from '@plenary/shared/domain/index';
import { MAX_JUSTIFICATION, MAX_PARAGRAPH_TEXT } from '@plenary/shared/validation/limits';
import { useState, type FormEvent } from 'react';
import { proposalActions, tableProposal } from '../api/proposals.ts';
import { LengthCounter } from '../components/LengthCounter.tsx';
import { useMe } from '../hooks/session.tsx';
import { stakeholderColor } from '../lib/stakeholderColor.ts';
import { CosponsorPicker } from './CosponsorPicker.tsx';
import type { ProposalDraft, ProposalLayerModel } from './layerState.ts';
import { KIND_LABELS } from './proposalText.ts';
import { Redline } from './Redline.tsx';
import { firstIssue } from './useProposalAction.ts';
import type { LiveParagraph } from './useParagraphs.ts';
import { useTablingCapacities } from './useTablingCapacities.ts';
import { loadValidation } from '../lib/validation.ts';

interface Props {
  model: ProposalLayerModel;
  draft: ProposalDraft;
  paragraph: LiveParagraph | undefined;
}

const KIND_HINTS: Record<ProposalKind, string> = {
  amend: 'Edit the wording below; the redline shows what would change.',
  delete: 'Propose that the whole paragraph be deleted.',
  'insert-after': 'Write a new paragraph to follow this one.',
  alternative: 'Offer a whole alternative wording, to be bracketed against the original.',
};

/** Tabling (or re-tabling) a proposal on one paragraph, with a live redline of what it would change. */
export function ProposalForm({ model, draft, paragraph }: Props) {
  const me = useMe();
  const capacities = useTablingCapacities(me);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const current = paragraph?.text ?? draft.originalText;
  const label = paragraph?.label || 'this paragraph';
  const tabling = draft.onBehalfOf || me.stakeholder.id;
  const color = stakeholderColor(capacities.find((c) => c.id === tabling)?.shortName ?? me.stakeholder.shortName);

  const inputOf = (of: ProposalDraft) => ({
    pid: of.pid,
    kind: of.kind,
    ...(of.kind === 'delete' ? {} : { text: of.text }),
    justification: of.justification,
    ...(of.onBehalfOf ? { onBehalfOf: of.onBehalfOf } : {}),
    cosponsors: of.cosponsors.map((c) => c.id),
  });

  const problemOf = async (of: ProposalDraft) => {
    const { tableProposalInput } = await loadValidation();
    return (
      firstIssue(tableProposalInput.safeParse(inputOf(of))) ??
      ((of.kind === 'amend' || of.kind === 'alternative') && of.text === current
        ? `The text is still the same as ${label}: change something first.`
        : null)
    );
  };

  /** Once an error is showing, every change is checked again, so the error goes as soon as the form is right. */
  const update = (patch: Partial<ProposalDraft>) => {
    const next = { ...draft, ...patch };
    model.setDraft(next);
    if (error) void problemOf(next).then(setError);
  };

  const changeKind = (kind: ProposalKind) => {
    const wantsText = kind === 'amend' || kind === 'alternative';
    let text = draft.text;
    if (kind === 'insert-after' && text === draft.originalText) text = '';
    if (wantsText && text.trim() === '') text = current;
    update({ kind, text });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    const input = inputOf(draft);
    const problem = await problemOf(draft);
    if (problem) return setError(problem);
    setSending(true);
    setError(null);
    try {
      const proposal = draft.retable
        ? await proposalActions.retable(draft.retable.proposalId, draft.text, draft.justification)
        : await tableProposal(model.documentId, input);
      model.replace(proposal);
      model.setDraft(null);
      model.focusProposal(proposal.id);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setSending(false);
    }
  };

  return (
    <form
      className="proposal-form"
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !sending) model.setDraft(null);
      }}
      aria-label={draft.retable ? `Re-table ${draft.retable.label}` : `Propose a change to ${label}`}
      data-testid="proposal-form"
      aria-busy={sending || undefined}
    >
      <h3 className="proposal-form__title">
        {draft.retable ? `Re-table ${draft.retable.label} against the current text` : `Propose a change to ${label}`}
      </h3>
      <label className="proposal-form__field">
        <span>Kind</span>
        <select
          value={draft.kind}
          disabled={sending || Boolean(draft.retable)}
          onChange={(e) => changeKind(e.target.value as ProposalKind)}
          data-testid="proposal-kind"
        >
          {PROPOSAL_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </label>
      <p className="proposal-form__hint">{KIND_HINTS[draft.kind]}</p>
      {current !== draft.originalText && !draft.retable && (
        <p className="proposal-form__warning" role="status">
          {label} changed while you were writing: the redline is against its current text.
        </p>
      )}
      {draft.kind !== 'delete' && (
        <label className="proposal-form__field">
          <span>{draft.kind === 'insert-after' ? 'New paragraph' : 'Proposed text'}</span>
          <textarea
            value={draft.text}
            rows={6}
            autoFocus
            disabled={sending}
            onChange={(e) => update({ text: e.target.value.replace(/[\r\n\u2028\u2029]+/g, ' ') })}
            aria-describedby="proposal-text-length"
            data-testid="proposal-text"
          />
          <LengthCounter length={draft.text.length} max={MAX_PARAGRAPH_TEXT} id="proposal-text-length" />
        </label>
      )}
      <div className="proposal-form__preview" aria-live="polite">
        <span className="proposal-form__preview-title">Preview</span>
        {draft.kind === 'delete' ? (
          <Redline ops={[{ op: 'delete', text: current }]} color={color} testId="proposal-preview" />
        ) : draft.kind === 'insert-after' ? (
          <Redline ops={draft.text ? [{ op: 'insert', text: draft.text }] : []} color={color} testId="proposal-preview" />
        ) : draft.kind === 'alternative' ? (
          <Redline
            ops={[
              { op: 'equal', text: '[' },
              { op: 'insert', text: draft.text },
              { op: 'equal', text: ']' },
            ]}
            color={color}
            testId="proposal-preview"
          />
        ) : (
          <Redline ops={diffWords(current, draft.text)} color={color} testId="proposal-preview" />
        )}
      </div>
      <label className="proposal-form__field">
        <span>Justification</span>
        <textarea
          value={draft.justification}
          rows={2}
          disabled={sending}
          placeholder="Why this change (shown in the compilation)"
          onChange={(e) => update({ justification: e.target.value })}
          aria-describedby="proposal-justification-length"
          data-testid="proposal-justification"
        />
        <LengthCounter length={draft.justification.length} max={MAX_JUSTIFICATION} id="proposal-justification-length" />
      </label>
      {capacities.length > 1 && !draft.retable && (
        <label className="proposal-form__field">
          <span>On behalf of</span>
          <select
            value={tabling}
            disabled={sending}
            onChange={(e) => update({ onBehalfOf: e.target.value === me.stakeholder.id ? '' : e.target.value })}
            data-testid="proposal-on-behalf"
          >
            {capacities.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {!draft.retable && (
        <div className="proposal-form__field">
          <span>Co-sponsors (named once they confirm)</span>
          <CosponsorPicker
            value={draft.cosponsors}
            onChange={(cosponsors) => update({ cosponsors })}
            exclude={[me.stakeholder.id, tabling]}
            disabled={sending}
          />
        </div>
      )}
      {error && (
        <p className="proposal-form__error" role="alert" data-testid="proposal-form-error">
          {error}
        </p>
      )}
      <div className="proposal-form__buttons">
        <button type="submit" className="button button--primary" disabled={sending} data-testid="proposal-submit">
          {sending ? 'Tabling…' : draft.retable ? 'Re-table' : 'Table proposal'}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={sending}
          onClick={() => model.setDraft(null)}
          data-testid="proposal-cancel"
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
