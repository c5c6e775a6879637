import { useId, type InputHTMLAttributes, type ReactNode } from 'react';
import { FieldError, invalidProps } from './FieldError.tsx';

interface LabelledFieldProps {
  /** The control's id: the label names it, and `${id}-error` is its problem's. */
  id: string;
  label: ReactNode;
  /** Hides the label visually (a table cell whose column names it); it stays for screen readers. */
  labelHidden?: boolean;
  /** Under the control, before its problem. */
  hint?: ReactNode;
  error: string | undefined;
  /** The field path the problem is about (`data-field`). */
  field: string;
  /** The control, given `invalidProps(`${id}-error`, error)`. */
  children: ReactNode;
}

/** A form control with its label above, an optional hint and its problem under it. */
export function LabelledField({ id, label, labelHidden, hint, error, field, children }: LabelledFieldProps) {
  return (
    <div className="participants-form__field">
      <label htmlFor={id} className={labelHidden ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {children}
      {hint && <span className="participants-form__hint">{hint}</span>}
      <FieldError id={`${id}-error`} message={error} field={field} />
    </div>
  );
}

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'children'> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  field: string;
  hint?: ReactNode;
  labelHidden?: boolean;
  testId?: string;
  /** After the input: the `<datalist>` its `list` names. */
  children?: ReactNode;
}

/** A labelled text input (`type` "text" unless told) that shows its problem under it and says so to screen readers. */
export function TextField({
  label,
  value,
  onChange,
  error,
  field,
  hint,
  labelHidden,
  testId,
  type = 'text',
  children,
  ...input
}: TextFieldProps) {
  const id = useId();
  return (
    <LabelledField id={id} label={label} labelHidden={labelHidden} hint={hint} error={error} field={field}>
      <input
        id={id}
        type={type}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        data-testid={testId}
        {...input}
        {...invalidProps(`${id}-error`, error)}
      />
      {children}
    </LabelledField>
  );
}
