import { INPUT_TYPE_LABELS, INPUT_TYPES, type InputPlacement, type InputType } from '@plenary/shared/domain/index';
import { MAX_JUSTIFICATION, MAX_PARAGRAPH_TEXT } from '@plenary/shared/validation/limits';
import { useId, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../api/http.ts';
import { inputActions, submitInput, uploadInputAttachment, type TechnicalInput } from '../api/inputs.ts';
import { LengthCounter } from '../components/LengthCounter.tsx';
import { useModalDialog } from '../components/useModalDialog.ts';
import { useMe } from '../hooks/session.tsx';
import { loadValidation } from '../lib/validation.ts';
import type { LiveParagraph } from '../proposals/useParagraphs.ts';
import { AttachmentField } from './AttachmentField.tsx';
import { attachmentProblem } from './attachmentCheck.ts';
import { fieldErrorsOf, NO_ERRORS, unplacedErrors, type FieldErrors } from './fieldErrors.ts';
import { editRequestOf, requestOf, type InputDraft } from './inputDraft.ts';
import type { InputLayerModel } from './layerState.ts';
import { blockLabel, takesInputAgainst } from './paragraphLabel.ts';
import { SdgTargetPicker } from './SdgTargetPicker.tsx';
import { SourceRows } from './SourceRows.tsx';

interface Props {
  model: InputLayerModel;
  draft: InputDraft;
  paragraphs: ReadonlyMap<string, LiveParagraph>;
}

/** The fields the form shows its own errors under; anything else is shown at the bottom. */
const PLACED = /^(pid|placement|type|text|rationale|sdgTargets(\.\d+)?|sources(\.\d+\.(title|publisher|year|url|ownReport))?)$/;

/**
 * Submitting (or editing) a technical input, in a modal dialog: where it applies, its type, text, rationale,
 * sources, SDG targets and an optional attachment sent right after the input is saved. Every error is shown by
 * its field and nothing typed is lost: the draft lives in the layer, not in the dialog.
 */
export function InputForm({ model, draft, paragraphs }: Props) {
  const me = useMe();
  const { dialog } = useModalDialog();
  const titleId = useId();
  const ids = { where: useId(), type: useId(), text: useId(), rationale: useId() };
  const [sending, setSending] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>(NO_ERRORS);
  const [attachmentError, setAttachmentError] = useState<string | undefined>();
  const [progress, setProgress] = useState<number | null>(null);
  const editing = draft.inputId ? model.inputs.find((input) => input.id === draft.inputId) : undefined;
  const blocks = [...paragraphs.values()].sort((a, b) => a.order - b.order);
  const target = paragraphs.get(draft.pid);
  const targetType = model.blockTypeOf(draft.pid);
  const againstAllowed = takesInputAgainst(targetType);
  const labelOf = (paragraph: LiveParagraph) => blockLabel(paragraph, paragraph.label || undefined);
  const where = target ? labelOf(target) : 'the brief';

  const problemsOf = async (of: InputDraft) => {
    const { submitInputInput } = await loadValidation();
    const result = submitInputInput.safeParse(requestOf(of));
    return result.success ? NO_ERRORS : fieldErrorsOf(result.error.issues);
  };

  /** Once errors show, every change checks again, so that each goes as soon as its field is right. */
  const update = (patch: Partial<InputDraft>) => {
    const next = { ...draft, ...patch };
    if (next.placement === 'against' && !takesInputAgainst(model.blockTypeOf(next.pid))) next.placement = 'after';
    model.setDraft(next);
    if (errors.size > 0) void problemsOf(next).then(setErrors);
  };

  // The file chosen last: a check of an earlier one that ends after a new choice must not speak for it.
  const chosenFile = useRef<File | null>(draft.file);
  const chooseFile = async (file: File | null) => {
    chosenFile.current = file;
    update({ file });
    const problem = file ? await attachmentProblem(file) : null;
    if (chosenFile.current === file) setAttachmentError(problem ?? undefined);
  };

  const close = () => {
    if (!sending) model.setDraft(null);
  };

  const save = async (): Promise<TechnicalInput> =>
    draft.inputId ? inputActions.edit(draft.inputId, editRequestOf(draft)) : submitInput(model.documentId, requestOf(draft));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    const problems = await problemsOf(draft);
    const fileProblem = draft.file ? await attachmentProblem(draft.file) : null;
    // Another file was chosen while the checks ran: that choice is checked on its own, and this send is off.
    if (chosenFile.current !== draft.file) return;
    setErrors(problems);
    setAttachmentError(fileProblem ?? undefined);
    if (problems.size > 0 || fileProblem) return;
    setSending(true);
    let saved: TechnicalInput | null = null;
    try {
      saved = await save();
      model.replace(saved);
      if (draft.file) {
        setProgress(0);
        saved = await uploadInputAttachment(saved.id, draft.file, setProgress);
        model.replace(saved);
      }
      model.setDraft(null);
      model.focusInput(saved.id);
    } catch (failure) {
      if (saved) {
        // The input itself is saved: what is left to do is the attachment, as an edit of the saved input.
        model.setDraft({ ...draft, inputId: saved.id });
        setAttachmentError(`The input is saved, but its attachment was refused: ${messageOf(failure)}`);
      } else if (failure instanceof ApiError && failure.issues.length > 0) {
        setErrors(fieldErrorsOf(failure.issues));
      } else {
        setErrors(new Map([['', messageOf(failure)]]));
      }
    } finally {
      setSending(false);
      setProgress(null);
    }
  };

  const error = (path: string) => errors.get(path);
  const describedBy = (id: string, path: string) => (error(path) ? `${id}-error` : undefined);
  const fieldError = (id: string, path: string) =>
    error(path) ? (
      <span id={`${id}-error`} className="input-form__field-error" data-testid="input-field-error" data-field={path}>
        {error(path)}
      </span>
    ) : null;
  const general = unplacedErrors(errors, (path) => PLACED.test(path));

  return (
    <dialog
      ref={dialog}
      className="input-dialog"
      aria-labelledby={titleId}
      data-testid="input-form-dialog"
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
    >
      <form
        className="input-form"
        onSubmit={(event) => void submit(event)}
        noValidate
        aria-busy={sending || undefined}
        data-testid="input-form"
      >
        <h2 id={titleId} className="input-form__title">
          {draft.inputId ? `Edit the ${me.stakeholder.shortName} input on ${where}` : `Technical input on ${where}`}
        </h2>

        <div className="input-form__field">
          <label htmlFor={ids.where}>Applies to</label>
          <select
            id={ids.where}
            value={draft.pid}
            disabled={sending || Boolean(draft.inputId)}
            aria-invalid={error('pid') ? true : undefined}
            aria-describedby={describedBy(ids.where, 'pid')}
            onChange={(event) => update({ pid: event.target.value })}
            data-testid="input-where"
          >
            {!target && <option value={draft.pid}>Choose a paragraph or section…</option>}
            {blocks.map((paragraph) => (
              <option key={paragraph.pid} value={paragraph.pid}>
                {labelOf(paragraph)}
              </option>
            ))}
          </select>
          {fieldError(ids.where, 'pid')}
        </div>

        <fieldset className="input-form__placement" data-testid="input-placement">
          <legend>Placement</legend>
          {(['after', 'against'] as InputPlacement[]).map((placement) => (
            <label key={placement}>
              <input
                type="radio"
                name={`${titleId}-placement`}
                value={placement}
                checked={draft.placement === placement}
                disabled={sending || (placement === 'against' && !againstAllowed)}
                onChange={() => update({ placement })}
                data-testid={`input-placement-${placement}`}
              />
              {placement === 'after' ? `A new paragraph after ${where}` : `New wording of ${where}`}
            </label>
          ))}
          {!againstAllowed && <span className="input-form__hint">A section heading takes inputs after it only.</span>}
          {error('placement') && <span className="input-form__field-error">{error('placement')}</span>}
        </fieldset>

        <div className="input-form__field">
          <label htmlFor={ids.type}>Type</label>
          <select
            id={ids.type}
            value={draft.type}
            disabled={sending}
            aria-invalid={error('type') ? true : undefined}
            aria-describedby={describedBy(ids.type, 'type')}
            onChange={(event) => update({ type: event.target.value as InputType })}
            data-testid="input-type"
          >
            {INPUT_TYPES.map((type) => (
              <option key={type} value={type}>
                {INPUT_TYPE_LABELS[type]}
              </option>
            ))}
          </select>
          {fieldError(ids.type, 'type')}
        </div>

        <div className="input-form__field">
          <label htmlFor={ids.text}>Proposed text</label>
          <textarea
            id={ids.text}
            rows={5}
            value={draft.text}
            disabled={sending}
            autoFocus
            aria-invalid={error('text') ? true : undefined}
            aria-describedby={describedBy(ids.text, 'text')}
            onChange={(event) => update({ text: event.target.value.replace(/[\r\n\u2028\u2029]+/g, ' ') })}
            data-testid="input-text-field"
          />
          <LengthCounter length={draft.text.length} max={MAX_PARAGRAPH_TEXT} />
          {fieldError(ids.text, 'text')}
        </div>

        <div className="input-form__field">
          <label htmlFor={ids.rationale}>Rationale</label>
          <textarea
            id={ids.rationale}
            rows={3}
            value={draft.rationale}
            disabled={sending}
            aria-invalid={error('rationale') ? true : undefined}
            aria-describedby={describedBy(ids.rationale, 'rationale')}
            onChange={(event) => update({ rationale: event.target.value })}
            data-testid="input-rationale"
          />
          <LengthCounter length={draft.rationale.length} max={MAX_JUSTIFICATION} />
          {fieldError(ids.rationale, 'rationale')}
        </div>

        <SourceRows
          rows={draft.sources}
          onChange={(sources) => update({ sources })}
          errors={errors}
          disabled={sending}
          agency={me.stakeholder.shortName}
        />
        <SdgTargetPicker
          value={draft.sdgTargets}
          onChange={(sdgTargets) => update({ sdgTargets })}
          error={error('sdgTargets') ?? [...errors].find(([path]) => path.startsWith('sdgTargets.'))?.[1]}
          disabled={sending}
        />
        <AttachmentField
          file={draft.file}
          current={editing?.attachment ?? null}
          onChange={(file) => void chooseFile(file)}
          error={attachmentError}
          progress={progress}
          disabled={sending}
        />

        {general.length > 0 && (
          <div className="input-form__error" role="alert" data-testid="input-form-error">
            {general.map((message) => (
              <p key={message}>{message}</p>
            ))}
          </div>
        )}
        {errors.size > 0 && general.length === 0 && (
          <p className="input-form__error" role="alert" data-testid="input-form-error">
            Some fields need attention: see the messages beside them.
          </p>
        )}
        <div className="input-form__buttons">
          <button type="submit" className="button button--primary" disabled={sending} data-testid="input-form-submit">
            {sending ? (progress !== null ? 'Uploading…' : 'Sending…') : draft.inputId ? 'Save changes' : 'Submit input'}
          </button>
          <button type="button" className="button button--secondary" disabled={sending} onClick={close} data-testid="input-form-cancel">
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}

function messageOf(failure: unknown): string {
  return failure instanceof Error ? failure.message : String(failure);
}
