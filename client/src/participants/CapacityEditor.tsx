import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Role } from '@plenary/shared/domain/index';
import { accountActions, type Participant } from '../api/admin.ts';
import type { StakeholderOption } from '../api/proposals.ts';
import { NO_ERRORS, type FieldErrors } from '../inputs/fieldErrors.ts';
import { findStakeholder, fittingRole } from './capacity.ts';
import { formErrorsOf } from './problems.ts';
import { RoleSelect } from './RoleSelect.tsx';
import { StakeholderInput } from './StakeholderInput.tsx';

interface Props {
  processId: string;
  participant: Participant;
  stakeholders: readonly StakeholderOption[];
  onChanged: (participant: Participant) => void;
  onCancel: () => void;
}

/** A person's capacity: the stakeholder they speak for and their role, among the roles that stakeholder allows. */
export function CapacityEditor({ processId, participant, stakeholders, onChanged, onCancel }: Props) {
  const [stakeholder, setStakeholder] = useState(participant.stakeholder.name);
  const [role, setRole] = useState<Role | ''>(participant.role);
  const [errors, setErrors] = useState<FieldErrors>(NO_ERRORS);
  const [saving, setSaving] = useState(false);
  const first = useRef<HTMLFormElement>(null);
  const chosen = findStakeholder(stakeholder, stakeholders);

  useEffect(() => {
    first.current?.querySelector<HTMLElement>('input, select')?.focus();
  }, []);

  const changeStakeholder = (text: string) => {
    setStakeholder(text);
    setRole((current) => fittingRole(current, findStakeholder(text, stakeholders)?.kind));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    if (!chosen || !role) {
      setErrors(
        new Map([['stakeholderId', stakeholder.trim() ? `No stakeholder is called “${stakeholder.trim()}”.` : 'Choose a stakeholder.']]),
      );
      return;
    }
    setSaving(true);
    setErrors(NO_ERRORS);
    try {
      onChanged(await accountActions.changeCapacity(processId, participant.userId, { stakeholderId: chosen.id, role }));
    } catch (failure) {
      setErrors(formErrorsOf(failure, ''));
    } finally {
      setSaving(false);
    }
  };

  const general = errors.get('') ?? errors.get('processId');
  return (
    <form
      ref={first}
      className="participants-form participants-form--inline"
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
      noValidate
      aria-label={`Capacity of ${participant.name}`}
      data-testid="capacity-editor"
    >
      <StakeholderInput
        label="Stakeholder"
        value={stakeholder}
        onChange={changeStakeholder}
        stakeholders={stakeholders}
        error={errors.get('stakeholderId')}
        disabled={saving}
        testId="capacity-stakeholder"
      />
      <RoleSelect value={role} kind={chosen?.kind} onChange={setRole} error={errors.get('role')} disabled={saving} testId="capacity-role" />
      <div className="participants-form__buttons">
        <button type="submit" className="button button--primary button--small" disabled={saving} data-testid="capacity-save">
          {saving ? 'Saving…' : 'Save capacity'}
        </button>{' '}
        <button type="button" className="button button--secondary button--small" disabled={saving} onClick={onCancel}>
          Cancel
        </button>
      </div>
      {general && (
        <p className="participants__error" role="alert" data-testid="capacity-error">
          Not changed: {general}
        </p>
      )}
    </form>
  );
}
