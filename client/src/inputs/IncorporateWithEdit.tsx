import { diffWords } from '@plenary/shared/diff/index';
import { MAX_PARAGRAPH_TEXT } from '@plenary/shared/validation/limits';
import { useId, useState } from 'react';
import type { TechnicalInput } from '../api/inputs.ts';
import { LengthCounter } from '../components/LengthCounter.tsx';
import { useModalDialog } from '../components/useModalDialog.ts';
import { useMe } from '../hooks/session.tsx';
import { stakeholderColor } from '../lib/stakeholderColor.ts';
import { loadValidation } from '../lib/validation.ts';
import { Redline } from '../proposals/Redline.tsx';
import { firstIssue } from '../proposals/useProposalAction.ts';
import type { LiveParagraph } from '../proposals/useParagraphs.ts';

interface Props {
  input: TechnicalInput;
  paragraph: LiveParagraph | undefined;
  busy: boolean;
  error: string | null;
  onConfirm: (text: string) => void;
  onCancel: () => void;
}

/** The co-lead's own wording of an input, prefilled with the agency's, with a redline of what the edit changes. */
export function IncorporateWithEdit({ input, paragraph, busy, error, onConfirm, onCancel }: Props) {
  const me = useMe();
  const { dialog } = useModalDialog();
  const titleId = useId();
  const textId = useId();
  const [text, setText] = useState(input.text);
  const [problem, setProblem] = useState<string | null>(null);
  const where = input.paragraphLabel ?? paragraph?.label ?? 'the brief';

  const problemOf = async (value: string) => {
    if (value.trim() === input.text.trim()) return 'The wording is still the agency’s: edit it, or incorporate the input as it is.';
    return firstIssue((await loadValidation()).incorporateInputInput.safeParse({ text: value }));
  };

  const confirm = async () => {
    const found = await problemOf(text);
    setProblem(found);
    if (!found) onConfirm(text);
  };

  return (
    <dialog
      ref={dialog}
      className="decision-dialog input-edit-dialog"
      aria-labelledby={titleId}
      data-testid="input-edit-dialog"
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void confirm();
        }}
        noValidate
      >
        <h2 id={titleId} className="decision-dialog__title">
          Incorporate the {input.agency.shortName} input with an edit
        </h2>
        <p className="decision-dialog__note">
          Your wording enters {where}, attributed “{input.agency.shortName} input, as revised by {me.stakeholder.shortName}”.
        </p>
        <label htmlFor={textId} className="input-form__label">
          Wording to incorporate
        </label>
        <textarea
          id={textId}
          rows={6}
          value={text}
          autoFocus
          disabled={busy}
          aria-describedby={`${textId}-length`}
          onChange={(event) => {
            const value = event.target.value.replace(/[\r\n\u2028\u2029]+/g, ' ');
            setText(value);
            if (problem) void problemOf(value).then(setProblem);
          }}
          data-testid="input-edit-text"
        />
        <LengthCounter length={text.length} max={MAX_PARAGRAPH_TEXT} id={`${textId}-length`} />
        <div className="input-form__preview" aria-live="polite">
          <span className="input-form__preview-title">Your edit of the agency’s wording</span>
          <Redline ops={diffWords(input.text, text)} color={stakeholderColor(me.stakeholder.shortName)} testId="input-edit-redline" />
        </div>
        {(problem ?? error) && (
          <p className="input-actions__error" role="alert" data-testid="input-edit-error">
            {problem ?? error}
          </p>
        )}
        <div className="decision-dialog__buttons">
          <button type="submit" className="button button--primary" disabled={busy} data-testid="input-edit-confirm">
            {busy ? 'Incorporating…' : 'Incorporate my wording'}
          </button>
          <button type="button" className="button button--secondary" disabled={busy} onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
