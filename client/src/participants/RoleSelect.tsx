import { useId } from 'react';
import type { Role, StakeholderKind } from '@plenary/shared/domain/index';
import { roleLabel, rolesFor } from './capacity.ts';
import { invalidProps } from './FieldError.tsx';
import { LabelledField } from './TextField.tsx';

interface Props {
  label?: string;
  value: Role | '';
  onChange: (role: Role) => void;
  /** The chosen stakeholder's kind: only the capacities it allows are offered. */
  kind: StakeholderKind | undefined;
  error?: string;
  disabled?: boolean;
  testId?: string;
  labelHidden?: boolean;
}

/** The capacity a person acts in, among those the stakeholder allows (a delegate for a state, a lead for an agency…). */
export function RoleSelect({ label = 'Role', value, onChange, kind, error, disabled, testId, labelHidden }: Props) {
  const id = useId();
  const roles = rolesFor(kind);
  return (
    <LabelledField id={id} label={label} labelHidden={labelHidden} error={error} field="role">
      <select
        id={id}
        value={value}
        disabled={disabled || roles.length === 0}
        onChange={(event) => onChange(event.target.value as Role)}
        data-testid={testId}
        {...invalidProps(`${id}-error`, error)}
      >
        {roles.length === 0 && <option value="">Choose the stakeholder first</option>}
        {roles.map((role) => (
          <option key={role} value={role}>
            {roleLabel(role)}
          </option>
        ))}
      </select>
    </LabelledField>
  );
}
