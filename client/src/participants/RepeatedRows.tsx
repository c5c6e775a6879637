import { Fragment, type ReactNode } from 'react';
import type { FieldErrors } from '../inputs/fieldErrors.ts';
import { FieldError } from './FieldError.tsx';

/** What a row is given to change or remove itself. */
export interface RowEdit<T> {
  change: (patch: Partial<T>) => void;
  remove: () => void;
}

interface Props<T extends { key: number }> {
  legend: string;
  hint: string;
  /** Shown while there are no rows. */
  empty: string;
  rows: readonly T[];
  onChange: (rows: T[]) => void;
  /** A new empty row, for the add button. */
  create: () => T;
  max: number;
  addLabel: string;
  addTestId: string;
  /** The field path of the whole list: its problem shows under the add button. */
  field: string;
  errors: FieldErrors;
  disabled: boolean;
  testId: string;
  /** One row (an `<li>`), with what changes or removes it. */
  children: (row: T, index: number, edit: RowEdit<T>) => ReactNode;
}

/** A list of rows in a fieldset, each changed or removed on its own, with a button that adds one (up to `max`). */
export function RepeatedRows<T extends { key: number }>({
  legend,
  hint,
  empty,
  rows,
  onChange,
  create,
  max,
  addLabel,
  addTestId,
  field,
  errors,
  disabled,
  testId,
  children,
}: Props<T>) {
  const change = (key: number, patch: Partial<T>) => onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  return (
    <fieldset className="participants-form__group" data-testid={testId}>
      <legend>{legend}</legend>
      <p className="participants__hint">{hint}</p>
      {rows.length === 0 && <p>{empty}</p>}
      <ol className="process-rows">
        {rows.map((row, i) => (
          <Fragment key={row.key}>
            {children(row, i, {
              change: (patch) => change(row.key, patch),
              remove: () => onChange(rows.filter((r) => r.key !== row.key)),
            })}
          </Fragment>
        ))}
      </ol>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={disabled || rows.length >= max}
        onClick={() => onChange([...rows, create()])}
        data-testid={addTestId}
      >
        {addLabel}
      </button>
      <FieldError id={`${testId}-error`} message={errors.get(field)} field={field} />
    </fieldset>
  );
}
