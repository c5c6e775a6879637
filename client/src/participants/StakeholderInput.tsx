import { useId } from 'react';
import type { StakeholderKind } from '@plenary/shared/domain/index';
import type { StakeholderOption } from '../api/proposals.ts';
import { findStakeholder, KIND_LABELS } from './capacity.ts';
import { TextField } from './TextField.tsx';

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
  const listId = useId();
  const offered = kinds ? stakeholders.filter((s) => kinds.includes(s.kind)) : stakeholders;
  const found = findStakeholder(value, stakeholders, kinds);
  const understood =
    found && found.name.toLowerCase() !== value.trim().toLowerCase()
      ? `${found.name} (${KIND_LABELS[found.kind].toLowerCase()})`
      : undefined;
  return (
    <TextField
      label={label}
      labelHidden={labelHidden}
      list={listId}
      value={value}
      autoComplete="off"
      spellCheck={false}
      placeholder={placeholder}
      disabled={disabled}
      onChange={onChange}
      testId={testId}
      error={error}
      field={field}
      hint={understood}
    >
      <datalist id={listId}>
        {offered.map((s) => (
          <option key={s.id} value={s.name}>
            {s.shortName !== s.name ? `${s.shortName} · ${KIND_LABELS[s.kind]}` : KIND_LABELS[s.kind]}
          </option>
        ))}
      </datalist>
    </TextField>
  );
}
