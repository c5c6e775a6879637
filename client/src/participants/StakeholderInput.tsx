import { useId } from 'react';
import type { StakeholderKind } from '@plenary/shared/domain/index';
import type { StakeholderOption } from '../api/proposals.ts';
import { findStakeholder, KIND_LABELS } from './capacity.ts';
import { FieldError, invalidProps } from './FieldError.tsx';

interface Props {
  label: string;
  value: string;
  onChange: (text: string) => void;
  stakeholders: readonly StakeholderOption[];
  /** Only these kinds are offered and accepted. */
  kinds?: readonly StakeholderKind[];
  error?: string;
  field?: string;
  disabled?: boolean;
  placeholder?: string;
  testId?: string;
  /** Hides the label visually (a table cell whose column names it); it stays for screen readers. */
  labelHidden?: boolean;
}

/**
 * A stakeholder typed with suggestions from the whole list (about 250: a select would be long to scroll); it
 * accepts the full name, the short name or the id, and says which stakeholder it understood.
 */
export function StakeholderInput({
  label,
  value,
  onChange,
  stakeholders,
  kinds,
  error,
  field = 'stakeholderId',
  disabled,
  placeholder = 'Type a name: Canada, IOM, G77…',
  testId,
  labelHidden,
}: Props) {
  const id = useId();
  const offered = kinds ? stakeholders.filter((s) => kinds.includes(s.kind)) : stakeholders;
  const found = findStakeholder(value, stakeholders, kinds);
  const errorId = `${id}-error`;
  return (
    <div className="participants-form__field">
      <label htmlFor={id} className={labelHidden ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        list={`${id}-list`}
        value={value}
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
        data-testid={testId}
        {...invalidProps(errorId, error)}
      />
      <datalist id={`${id}-list`}>
        {offered.map((s) => (
          <option key={s.id} value={s.name}>
            {s.shortName !== s.name ? `${s.shortName} · ${KIND_LABELS[s.kind]}` : KIND_LABELS[s.kind]}
          </option>
        ))}
      </datalist>
      {found && found.name.toLowerCase() !== value.trim().toLowerCase() && (
        <span className="participants-form__hint">
          {found.name} ({KIND_LABELS[found.kind].toLowerCase()})
        </span>
      )}
      <FieldError id={errorId} message={error} field={field} />
    </div>
  );
}
