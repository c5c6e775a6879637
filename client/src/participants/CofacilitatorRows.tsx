import { useId } from 'react';
import type { StakeholderOption } from '../api/proposals.ts';
import type { FieldErrors } from '../inputs/fieldErrors.ts';
import { FieldError, invalidProps } from './FieldError.tsx';
import { COFACILITATOR_KINDS, emptyCofacilitator, MAX_COFACILITATORS, type CofacilitatorDraft } from './processDraft.ts';
import { StakeholderInput } from './StakeholderInput.tsx';

interface Props {
  people: CofacilitatorDraft[];
  onChange: (people: CofacilitatorDraft[]) => void;
  stakeholders: readonly StakeholderOption[];
  errors: FieldErrors;
  disabled: boolean;
}

/** The co-facilitators to invite once the process exists: each speaks for their country or the co-facilitators' office. */
export function CofacilitatorRows({ people, onChange, stakeholders, errors, disabled }: Props) {
  const change = (key: number, patch: Partial<CofacilitatorDraft>) => onChange(people.map((p) => (p.key === key ? { ...p, ...patch } : p)));
  return (
    <fieldset className="participants-form__group" data-testid="process-cofacilitators">
      <legend>Co-facilitators</legend>
      <p className="participants__hint">Each gets a link to join the process as co-facilitator, e-mailed when mail is set up.</p>
      {people.length === 0 && <p>None yet: you can invite them later from the participants page.</p>}
      <ol className="process-rows">
        {people.map((person, i) => (
          <CofacilitatorRow
            key={person.key}
            index={i}
            person={person}
            change={(patch) => change(person.key, patch)}
            remove={() => onChange(people.filter((p) => p.key !== person.key))}
            stakeholders={stakeholders}
            errors={errors}
            disabled={disabled}
          />
        ))}
      </ol>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={disabled || people.length >= MAX_COFACILITATORS}
        onClick={() => onChange([...people, emptyCofacilitator()])}
        data-testid="process-add-cofacilitator"
      >
        Add a co-facilitator
      </button>
      <FieldError id="process-cofacilitators-error" message={errors.get('cofacilitators')} field="cofacilitators" />
    </fieldset>
  );
}

interface RowProps {
  index: number;
  person: CofacilitatorDraft;
  change: (patch: Partial<CofacilitatorDraft>) => void;
  remove: () => void;
  stakeholders: readonly StakeholderOption[];
  errors: FieldErrors;
  disabled: boolean;
}

function CofacilitatorRow({ index, person, change, remove, stakeholders, errors, disabled }: RowProps) {
  const ids = { email: useId(), name: useId() };
  const path = `cofacilitators.${index}`;
  const emailError = errors.get(`${path}.email`);
  const nameError = errors.get(`${path}.name`);
  return (
    <li className="process-rows__row process-rows__row--person" data-testid="process-cofacilitator">
      <div className="participants-form__field">
        <label htmlFor={ids.email}>Email of co-facilitator {index + 1}</label>
        <input
          id={ids.email}
          type="email"
          autoComplete="off"
          value={person.email}
          disabled={disabled}
          onChange={(event) => change({ email: event.target.value })}
          data-testid="process-cofacilitator-email"
          {...invalidProps(`${ids.email}-error`, emailError)}
        />
        <FieldError id={`${ids.email}-error`} message={emailError} field={`${path}.email`} />
      </div>
      <div className="participants-form__field">
        <label htmlFor={ids.name}>Name of co-facilitator {index + 1}</label>
        <input
          id={ids.name}
          type="text"
          autoComplete="off"
          value={person.name}
          disabled={disabled}
          onChange={(event) => change({ name: event.target.value })}
          data-testid="process-cofacilitator-name"
          {...invalidProps(`${ids.name}-error`, nameError)}
        />
        <FieldError id={`${ids.name}-error`} message={nameError} field={`${path}.name`} />
      </div>
      <StakeholderInput
        label={`Speaks for (co-facilitator ${index + 1})`}
        value={person.stakeholder}
        onChange={(text) => change({ stakeholder: text })}
        stakeholders={stakeholders}
        kinds={COFACILITATOR_KINDS}
        error={errors.get(`${path}.stakeholderId`)}
        field={`${path}.stakeholderId`}
        disabled={disabled}
        placeholder="Mexico, Switzerland…"
        testId="process-cofacilitator-stakeholder"
      />
      <p className="process-rows__buttons">
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={disabled}
          aria-label={`Remove co-facilitator ${index + 1}`}
          onClick={remove}
        >
          Remove
        </button>
      </p>
    </li>
  );
}
