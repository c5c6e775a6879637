import { useId, useState, type FormEvent } from 'react';
import type { Role } from '@plenary/shared/domain/index';
import { inviteOne, type CreatedInvitation } from '../api/admin.ts';
import type { StakeholderOption } from '../api/proposals.ts';
import { fieldErrorsOf, NO_ERRORS, unplacedErrors, type FieldErrors } from '../inputs/fieldErrors.ts';
import { loadValidation } from '../lib/validation.ts';
import { findStakeholder, fittingRole } from './capacity.ts';
import { CreatedLinks } from './CreatedLinks.tsx';
import { formErrorsOf } from './problems.ts';
import { RoleSelect } from './RoleSelect.tsx';
import { StakeholderInput } from './StakeholderInput.tsx';
import { TextField } from './TextField.tsx';

interface Props {
  processId: string;
  stakeholders: readonly StakeholderOption[];
  /** A link was made: the lists show it. */
  onInvited: () => void;
}

interface Draft {
  email: string;
  name: string;
  stakeholder: string;
  role: Role | '';
}

const EMPTY: Draft = { email: '', name: '', stakeholder: '', role: '' };
const PLACED = new Set(['email', 'name', 'stakeholderId', 'role']);

/** One person: their email, name and the capacity they will act in. What is typed stays until the link is made. */
export function InviteForm({ processId, stakeholders, onInvited }: Props) {
  const titleId = useId();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>(NO_ERRORS);
  const [sending, setSending] = useState(false);
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const stakeholder = findStakeholder(draft.stakeholder, stakeholders);

  const termsOf = (of: Draft) => ({
    email: of.email,
    name: of.name,
    stakeholderId: findStakeholder(of.stakeholder, stakeholders)?.id ?? '',
    role: of.role,
  });

  const problemsOf = async (of: Draft): Promise<FieldErrors> => {
    const { createInvitationInput } = await loadValidation();
    const result = createInvitationInput.safeParse(termsOf(of));
    const problems = new Map(result.success ? [] : fieldErrorsOf(result.error.issues));
    if (!findStakeholder(of.stakeholder, stakeholders)) {
      problems.set(
        'stakeholderId',
        of.stakeholder.trim() ? `No stakeholder is called “${of.stakeholder.trim()}”.` : 'Choose the stakeholder the person speaks for.',
      );
    }
    if (!of.role) problems.delete('role');
    return problems;
  };

  const update = (patch: Partial<Draft>) => {
    const next = { ...draft, ...patch };
    if (patch.stakeholder !== undefined) next.role = fittingRole(next.role, findStakeholder(next.stakeholder, stakeholders)?.kind);
    setDraft(next);
    if (errors.size > 0) void problemsOf(next).then(setErrors);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    const problems = await problemsOf(draft);
    setErrors(problems);
    if (problems.size > 0) return;
    setSending(true);
    setCreated(null);
    try {
      const terms = termsOf(draft);
      const invitation = await inviteOne(processId, { ...terms, role: terms.role as Role });
      setCreated(invitation);
      setDraft(EMPTY);
      onInvited();
    } catch (failure) {
      setErrors(formErrorsOf(failure));
    } finally {
      setSending(false);
    }
  };

  const general = unplacedErrors(errors, (path) => PLACED.has(path));
  return (
    <section className="participants__section" aria-labelledby={titleId}>
      <h2 id={titleId} className="section-title">
        Invite one person
      </h2>
      <form
        className="participants-form"
        onSubmit={(event) => void submit(event)}
        noValidate
        data-testid="invite-form"
        aria-busy={sending || undefined}
      >
        <div className="participants-form__row">
          <TextField
            label="Email"
            type="email"
            autoComplete="off"
            value={draft.email}
            onChange={(email) => update({ email })}
            error={errors.get('email')}
            field="email"
            testId="invite-email"
          />
          <TextField
            label="Name"
            autoComplete="off"
            value={draft.name}
            onChange={(name) => update({ name })}
            error={errors.get('name')}
            field="name"
            testId="invite-name"
          />
        </div>
        <div className="participants-form__row">
          <StakeholderInput
            label="Stakeholder"
            value={draft.stakeholder}
            onChange={(text) => update({ stakeholder: text })}
            stakeholders={stakeholders}
            error={errors.get('stakeholderId')}
            testId="invite-stakeholder"
          />
          <RoleSelect
            value={draft.role}
            kind={stakeholder?.kind}
            onChange={(role) => update({ role })}
            error={errors.get('role')}
            testId="invite-role"
          />
        </div>
        <div aria-live="polite" data-testid="invite-outcome">
          {general.length > 0 && (
            <p className="participants__error" role="alert" data-testid="invite-error">
              Not invited: {general.join(' ')}
            </p>
          )}
          {created && (
            <div className="participants__done" data-testid="invite-done">
              <p>
                <strong>{created.email}</strong> is invited{created.mailed ? ' and the link was e-mailed' : ''}.
              </p>
              <CreatedLinks invitations={[created]} caption={`The link for ${created.email}`} testId="invite-link" />
            </div>
          )}
        </div>
        <p>
          <button
            type="submit"
            className="button button--primary"
            disabled={sending || stakeholders.length === 0}
            data-testid="invite-submit"
          >
            {sending ? 'Inviting…' : 'Invite'}
          </button>
        </p>
      </form>
    </section>
  );
}
