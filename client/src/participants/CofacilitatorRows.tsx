import type { StakeholderOption } from '../api/proposals.ts';
import type { FieldErrors } from '../inputs/fieldErrors.ts';
import { COFACILITATOR_KINDS, emptyCofacilitator, MAX_COFACILITATORS, type CofacilitatorDraft } from './processDraft.ts';
import { RepeatedRows, type RowEdit } from './RepeatedRows.tsx';
import { StakeholderInput } from './StakeholderInput.tsx';
import { TextField } from './TextField.tsx';

interface Props {
  people: CofacilitatorDraft[];
  onChange: (people: CofacilitatorDraft[]) => void;
  stakeholders: readonly StakeholderOption[];
  errors: FieldErrors;
  disabled: boolean;
}

/** The co-facilitators to invite once the process exists: each speaks for their country or the co-facilitators' office. */
export function CofacilitatorRows({ people, onChange, stakeholders, errors, disabled }: Props) {
  return (
    <RepeatedRows
      legend="Co-facilitators"
      hint="Each gets a link to join the process as co-facilitator, e-mailed when mail is set up."
      empty="None yet: you can invite them later from the participants page."
      rows={people}
      onChange={onChange}
      create={emptyCofacilitator}
      max={MAX_COFACILITATORS}
      addLabel="Add a co-facilitator"
      addTestId="process-add-cofacilitator"
      field="cofacilitators"
      errors={errors}
      disabled={disabled}
      testId="process-cofacilitators"
    >
      {(person, i, edit) => (
        <CofacilitatorRow index={i} person={person} {...edit} stakeholders={stakeholders} errors={errors} disabled={disabled} />
      )}
    </RepeatedRows>
  );
}

interface RowProps extends RowEdit<CofacilitatorDraft> {
  index: number;
  person: CofacilitatorDraft;
  stakeholders: readonly StakeholderOption[];
  errors: FieldErrors;
  disabled: boolean;
}

function CofacilitatorRow({ index, person, change, remove, stakeholders, errors, disabled }: RowProps) {
  const path = `cofacilitators.${index}`;
  return (
    <li className="process-rows__row process-rows__row--person" data-testid="process-cofacilitator">
      <TextField
        label={`Email of co-facilitator ${index + 1}`}
        type="email"
        autoComplete="off"
        value={person.email}
        disabled={disabled}
        onChange={(email) => change({ email })}
        error={errors.get(`${path}.email`)}
        field={`${path}.email`}
        testId="process-cofacilitator-email"
      />
      <TextField
        label={`Name of co-facilitator ${index + 1}`}
        autoComplete="off"
        value={person.name}
        disabled={disabled}
        onChange={(name) => change({ name })}
        error={errors.get(`${path}.name`)}
        field={`${path}.name`}
        testId="process-cofacilitator-name"
      />
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
