import { useId, useState } from 'react';
import { uploadWordFile } from './uploadWordFile.ts';

interface Props<T> {
  /** Where the file is posted. */
  path: string;
  label: string;
  onRead: (result: T) => void;
}

/** Chooses a .docx, sends it with a progress bar, and shows the server's reason when it is refused. */
export function WordFilePicker<T>({ path, label, onRead }: Props<T>) {
  const inputId = useId();
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  const send = (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setProgress(0);
    uploadWordFile<T>(path, file, setProgress)
      .then(onRead)
      .catch((failure: Error) => setError(failure.message))
      .finally(() => setProgress(null));
  };

  return (
    <div className="word-file-picker">
      <label htmlFor={inputId}>{label}</label>{' '}
      <input
        id={inputId}
        type="file"
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        disabled={progress !== null}
        onChange={(event) => send(event.target.files?.[0])}
        data-testid="word-file-input"
      />
      {progress !== null && (
        <p className="word-file-picker__progress">
          <progress max={1} value={progress} aria-label="Sending the file" data-testid="word-file-progress" />{' '}
          {progress < 1 ? `Sending… ${Math.round(progress * 100)}%` : 'Reading the file…'}
        </p>
      )}
      {error && (
        <p className="proposal-actions__error" role="alert" data-testid="word-file-error">
          {error}
        </p>
      )}
    </div>
  );
}
