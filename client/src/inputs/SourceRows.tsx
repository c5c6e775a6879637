import { useId } from 'react';
import { emptySource, type SourceRow } from './inputDraft.ts';
import type { FieldErrors } from './fieldErrors.ts';

interface Props {
  rows: readonly SourceRow[];
  onChange: (rows: SourceRow[]) => void;
  errors: FieldErrors;
  disabled: boolean;
  /** "IOM": whose own reports the checkbox means. */
  agency: string;
}

/** The evidence: one row per source (title, publisher, year, link, and whether it is the agency's own report). */
export function SourceRows({ rows, onChange, errors, disabled, agency }: Props) {
  const baseId = useId();
  const update = (index: number, patch: Partial<SourceRow>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const listError = errors.get('sources');

  return (
    <fieldset
      className="input-form__sources"
      data-testid="input-sources-field"
      aria-describedby={listError ? `${baseId}-error` : undefined}
    >
      <legend>Evidence (at least one source)</legend>
      {rows.map((row, index) => {
        const id = (field: string) => `${baseId}-${row.key}-${field}`;
        const fieldError = (field: string) => errors.get(`sources.${index}.${field}`);
        const field = (name: 'title' | 'publisher' | 'year' | 'url', label: string, props: Record<string, string> = {}) => {
          const problem = fieldError(name);
          return (
            <div className={`input-form__source-field input-form__source-field--${name}`}>
              <label htmlFor={id(name)}>{label}</label>
              <input
                id={id(name)}
                value={row[name]}
                disabled={disabled}
                aria-invalid={problem ? true : undefined}
                aria-describedby={problem ? id(`${name}-error`) : undefined}
                onChange={(event) => update(index, { [name]: event.target.value })}
                data-testid={`input-source-${name}`}
                {...props}
              />
              {problem && (
                <span id={id(`${name}-error`)} className="input-form__field-error" data-testid="input-field-error">
                  {problem}
                </span>
              )}
            </div>
          );
        };
        return (
          <div key={row.key} className="input-form__source" role="group" aria-label={`Source ${index + 1}`} data-testid="input-source-row">
            {field('title', 'Title')}
            {field('publisher', 'Publisher')}
            {field('year', 'Year', { inputMode: 'numeric', placeholder: 'e.g. 2017' })}
            {field('url', 'Link', { type: 'url', placeholder: 'https://…' })}
            <label className="input-form__own">
              <input
                type="checkbox"
                checked={row.ownReport}
                disabled={disabled}
                onChange={(event) => update(index, { ownReport: event.target.checked })}
                data-testid="input-source-own"
              />
              One of {agency}’s own reports
            </label>
            {rows.length > 1 && (
              <button
                type="button"
                className="link-button"
                disabled={disabled}
                onClick={() => onChange(rows.filter((_, i) => i !== index))}
                aria-label={`Remove source ${index + 1}`}
                data-testid="input-source-remove"
              >
                Remove
              </button>
            )}
          </div>
        );
      })}
      {listError && (
        <p id={`${baseId}-error`} className="input-form__field-error" data-testid="input-field-error">
          {listError}
        </p>
      )}
      <button
        type="button"
        className="button button--small button--secondary"
        disabled={disabled}
        onClick={() => onChange([...rows, emptySource()])}
        data-testid="input-source-add"
      >
        Add a source
      </button>
    </fieldset>
  );
}
