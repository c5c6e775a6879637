import { POSITION_STATEMENT_KINDS, type PositionStatementKind } from '@plenary/shared/domain/index';
import { MAX_SILENCE_STATEMENT } from '@plenary/shared/validation/limits';
import { useId, useState } from 'react';
import type { DocumentDetail } from '../api/types.ts';
import { LengthCounter } from '../components/LengthCounter.tsx';
import { loadValidation } from '../lib/validation.ts';
import { recordPositionStatement, type PositionStatement } from './silenceApi.ts';

export const POSITION_KIND_LABELS: Record<PositionStatementKind, string> = {
  explanation: 'Explanation of position',
  reservation: 'Reservation',
};

interface Props {
  document: DocumentDetail;
  onRecorded: (statement: PositionStatement) => void;
}

/** For delegations, once the text is adopted: an explanation of position or a reservation, on paragraphs or the whole text. */
export function PositionStatementForm({ document, onRecorded }: Props) {
  const [kind, setKind] = useState<PositionStatementKind>('explanation');
  const [pids, setPids] = useState<string[]>([]);
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const numbered = document.paragraphs.filter((p) => p.number);

  const submit = async () => {
    const { positionStatementInput } = await loadValidation();
    const parsed = positionStatementInput.safeParse({ kind, pids, body });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'This statement is not valid.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onRecorded(await recordPositionStatement(document.id, parsed.data));
      setBody('');
      setPids([]);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="position-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      noValidate
      data-testid="position-form"
    >
      <fieldset className="position-form__kind">
        <legend>Record</legend>
        {POSITION_STATEMENT_KINDS.map((option) => (
          <label key={option}>
            <input type="radio" name={`${id}-kind`} value={option} checked={kind === option} onChange={() => setKind(option)} />{' '}
            {POSITION_KIND_LABELS[option]}
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-pids`}>On paragraphs (none chosen: the text as a whole)</label>
      <select
        id={`${id}-pids`}
        multiple
        size={4}
        value={pids}
        onChange={(event) => setPids([...event.target.selectedOptions].map((option) => option.value))}
        data-testid="position-form-paragraphs"
      >
        {numbered.map((paragraph) => (
          <option key={paragraph.pid} value={paragraph.pid}>
            {paragraph.number} {paragraph.text.slice(0, 60)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-body`}>Statement</label>
      <textarea
        id={`${id}-body`}
        rows={4}
        maxLength={MAX_SILENCE_STATEMENT}
        value={body}
        aria-invalid={error ? true : undefined}
        onChange={(event) => {
          setBody(event.target.value);
          if (error) setError(null);
        }}
        data-testid="position-form-body"
      />
      <LengthCounter length={body.length} max={MAX_SILENCE_STATEMENT} />
      {error && (
        <p className="silence-dialog__error" role="alert" data-testid="position-form-error">
          {error}
        </p>
      )}
      <button type="submit" className="button button--small button--primary" disabled={busy} data-testid="position-form-submit">
        Put on record
      </button>
    </form>
  );
}
