import { INPUT_ATTACHMENT_MAX_BYTES } from '@plenary/shared/domain/index';
import { useId } from 'react';
import type { InputAttachment } from '../api/inputs.ts';
import { ATTACHMENT_ACCEPT } from './attachmentCheck.ts';
import { formatBytes } from './inputText.ts';

interface Props {
  file: File | null;
  /** What the input carries already (when editing). */
  current: InputAttachment | null;
  onChange: (file: File | null) => void;
  error: string | undefined;
  /** The share of the file sent so far, while it uploads. */
  progress: number | null;
  disabled: boolean;
}

/** An optional PDF, DOCX or XLSX, sent once the input is saved, with the upload's progress. */
export function AttachmentField({ file, current, onChange, error, progress, disabled }: Props) {
  const id = useId();
  return (
    <div className="input-form__field input-form__attachment">
      <label htmlFor={id}>Attachment (optional: PDF, DOCX or XLSX, up to {formatBytes(INPUT_ATTACHMENT_MAX_BYTES)})</label>
      {current && !file && (
        <p className="input-form__hint">
          Attached now: {current.fileName} ({formatBytes(current.bytes)}). Choose a file to replace it.
        </p>
      )}
      <input
        id={id}
        type="file"
        accept={ATTACHMENT_ACCEPT}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.files?.[0] ?? null)}
        data-testid="input-attachment-file"
      />
      {file && (
        <p className="input-form__hint" data-testid="input-attachment-chosen">
          {file.name} ({formatBytes(file.size)}){' '}
          <button type="button" className="link-button" disabled={disabled} onClick={() => onChange(null)}>
            Remove
          </button>
        </p>
      )}
      {progress !== null && (
        <p className="input-form__progress">
          <label htmlFor={`${id}-progress`}>Uploading {file?.name}</label>
          <progress id={`${id}-progress`} max={100} value={Math.round(progress * 100)} data-testid="input-attachment-progress">
            {Math.round(progress * 100)}%
          </progress>
          <span aria-hidden="true"> {Math.round(progress * 100)}%</span>
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="input-form__field-error" role="alert" data-testid="input-attachment-error">
          {error}
        </p>
      )}
    </div>
  );
}
