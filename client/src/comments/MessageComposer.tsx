import { MAX_MESSAGE_LENGTH } from '@plenary/shared/validation/limits';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { LengthCounter } from '../components/LengthCounter.tsx';
import { shortcutLabel } from '../lib/shortcut.ts';
import type { CommentStore } from './commentStore.ts';
import { MentionTextarea } from './MentionTextarea.tsx';
import { loadValidation } from '../lib/validation.ts';

interface Props {
  /** Where the unsent text is kept while the panel is hidden or after a failed send. */
  memoryKey: string;
  store: CommentStore;
  initial?: string;
  label: string;
  submitLabel: string;
  /** Sends the text; a rejection is shown and the text kept. */
  onSubmit: (body: string) => Promise<void>;
  onCancel?: () => void;
  testId: string;
  submitTestId?: string;
  placeholder?: string;
  autoFocus?: boolean;
}

const SEND_SHORTCUT = 'Mod-Enter';

/** A message box with `@` mentions: Mod-Enter sends; nothing typed is lost when sending fails. */
export function MessageComposer(props: Props) {
  const { memoryKey, store, initial = '', label, submitLabel, onSubmit, onCancel, testId, submitTestId, placeholder, autoFocus } = props;
  const [text, setText] = useState(() => store.unsent.get(memoryKey) ?? initial);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const counterId = useId();

  useEffect(() => {
    if (text && text !== initial) store.unsent.set(memoryKey, text);
    else store.unsent.delete(memoryKey);
  }, [text, initial, memoryKey, store]);

  /** Once an error is showing, each change is checked again, so the error goes as soon as the text is right. */
  async function change(value: string) {
    setText(value);
    if (!error) return;
    const { messageBody } = await loadValidation();
    const parsed = messageBody.safeParse(value);
    setError(parsed.success ? null : (parsed.error.issues[0]?.message ?? 'This message cannot be sent.'));
  }

  async function send(event?: FormEvent) {
    event?.preventDefault();
    if (sending) return;
    const { messageBody } = await loadValidation();
    const parsed = messageBody.safeParse(text);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'This message cannot be sent.');
      return;
    }
    setSending(true);
    setError(null);
    try {
      await onSubmit(parsed.data);
      store.unsent.delete(memoryKey);
      setText('');
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    } finally {
      setSending(false);
    }
  }

  return (
    <form className="composer" onSubmit={(event) => void send(event)} noValidate>
      <MentionTextarea
        value={text}
        onChange={(value) => void change(value)}
        onSubmitShortcut={() => void send()}
        label={label}
        placeholder={placeholder}
        testId={testId}
        describedBy={[error ? errorId : '', counterId].filter(Boolean).join(' ')}
        autoFocus={autoFocus}
      />
      <LengthCounter length={text.length} max={MAX_MESSAGE_LENGTH} id={counterId} />
      {error && (
        <p className="form-error" id={errorId} role="alert" data-testid="composer-error">
          {error}
        </p>
      )}
      <div className="composer__actions">
        <span className="composer__hint">{shortcutLabel(SEND_SHORTCUT)} to send</span>
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel} disabled={sending}>
            Cancel
          </button>
        )}
        <button type="submit" className="button" disabled={sending} data-testid={submitTestId}>
          {sending ? 'Sending…' : submitLabel}
        </button>
      </div>
    </form>
  );
}
