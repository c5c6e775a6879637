import { SDG_TARGETS } from '@plenary/shared/domain/index';
import { useId } from 'react';

interface Props {
  value: readonly string[];
  onChange: (value: string[]) => void;
  error: string | undefined;
  disabled: boolean;
}

/** The SDG targets an input relates to: one checkbox per target of the shared list, with its description. */
export function SdgTargetPicker({ value, onChange, error, disabled }: Props) {
  const errorId = useId();
  const toggle = (id: string, on: boolean) =>
    onChange(on ? Object.keys(SDG_TARGETS).filter((t) => t === id || value.includes(t)) : value.filter((t) => t !== id));
  return (
    <fieldset className="input-form__sdgs" aria-describedby={error ? errorId : undefined} data-testid="input-sdg-field">
      <legend>SDG targets it relates to</legend>
      {Object.entries(SDG_TARGETS).map(([id, description]) => (
        <label key={id} className="input-form__sdg">
          <input
            type="checkbox"
            checked={value.includes(id)}
            disabled={disabled}
            onChange={(event) => toggle(id, event.target.checked)}
            data-testid="input-sdg-option"
            data-target={id}
          />
          <strong>{id}</strong> {description}
        </label>
      ))}
      {error && (
        <p id={errorId} className="input-form__field-error" data-testid="input-field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
