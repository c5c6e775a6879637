import { useId } from 'react';
import type { StakeholderOption } from '../api/proposals.ts';
import type { FieldErrors } from '../inputs/fieldErrors.ts';
import { FieldError, invalidProps } from './FieldError.tsx';
import { emptyBrief, LEAD_KINDS, MAX_BRIEFS, MAX_LEADS, type BriefDraft } from './processDraft.ts';
import { StakeholderInput } from './StakeholderInput.tsx';

interface Props {
  briefs: BriefDraft[];
  onChange: (briefs: BriefDraft[]) => void;
  stakeholders: readonly StakeholderOption[];
  errors: FieldErrors;
  disabled: boolean;
}

/** The thematic issue briefs, each with its title and its lead agencies (one to four), who hold its pen. */
export function BriefRows({ briefs, onChange, stakeholders, errors, disabled }: Props) {
  const change = (key: number, patch: Partial<BriefDraft>) => onChange(briefs.map((b) => (b.key === key ? { ...b, ...patch } : b)));
  return (
    <fieldset className="participants-form__group" data-testid="process-briefs">
      <legend>Issue briefs</legend>
      <p className="participants__hint">Each brief is drafted by its lead agencies; an empty text is made for each.</p>
      {briefs.length === 0 && <p>No briefs: the process has its compact only.</p>}
      <ol className="process-rows">
        {briefs.map((brief, i) => (
          <BriefRow
            key={brief.key}
            index={i}
            brief={brief}
            change={(patch) => change(brief.key, patch)}
            remove={() => onChange(briefs.filter((b) => b.key !== brief.key))}
            stakeholders={stakeholders}
            errors={errors}
            disabled={disabled}
          />
        ))}
      </ol>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={disabled || briefs.length >= MAX_BRIEFS}
        onClick={() => onChange([...briefs, emptyBrief()])}
        data-testid="process-add-brief"
      >
        Add a brief
      </button>
      <FieldError id="process-briefs-error" message={errors.get('briefs')} field="briefs" />
    </fieldset>
  );
}

interface RowProps {
  index: number;
  brief: BriefDraft;
  change: (patch: Partial<BriefDraft>) => void;
  remove: () => void;
  stakeholders: readonly StakeholderOption[];
  errors: FieldErrors;
  disabled: boolean;
}

function BriefRow({ index, brief, change, remove, stakeholders, errors, disabled }: RowProps) {
  const titleId = useId();
  const path = `briefs.${index}`;
  const titleError = errors.get(`${path}.title`);
  const leadsError = errors.get(`${path}.leadStakeholderIds`);
  return (
    <li className="process-rows__row" data-testid="process-brief">
      <div className="participants-form__field">
        <label htmlFor={titleId}>Title of brief {index + 1}</label>
        <input
          id={titleId}
          type="text"
          value={brief.title}
          disabled={disabled}
          placeholder="Human rights of all migrants…"
          onChange={(event) => change({ title: event.target.value })}
          data-testid="process-brief-title"
          {...invalidProps(`${titleId}-error`, titleError)}
        />
        <FieldError id={`${titleId}-error`} message={titleError} field={`${path}.title`} />
      </div>
      <div className="process-rows__leads">
        {brief.leads.map((lead, j) => (
          <div key={j} className="process-rows__lead">
            <StakeholderInput
              label={`Lead agency ${j + 1} of brief ${index + 1}`}
              value={lead}
              onChange={(text) => change({ leads: brief.leads.map((l, k) => (k === j ? text : l)) })}
              stakeholders={stakeholders}
              kinds={LEAD_KINDS}
              error={errors.get(`${path}.leadStakeholderIds.${j}`)}
              field={`${path}.leadStakeholderIds.${j}`}
              disabled={disabled}
              placeholder="IOM, OHCHR, UNHCR…"
              testId="process-brief-lead"
            />
            {brief.leads.length > 1 && (
              <button
                type="button"
                className="link-button"
                disabled={disabled}
                aria-label={`Remove lead agency ${j + 1} of brief ${index + 1}`}
                onClick={() => change({ leads: brief.leads.filter((_, k) => k !== j) })}
              >
                Remove
              </button>
            )}
          </div>
        ))}
        <FieldError id={`${titleId}-leads-error`} message={leadsError} field={`${path}.leadStakeholderIds`} />
      </div>
      <p className="process-rows__buttons">
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={disabled || brief.leads.length >= MAX_LEADS}
          onClick={() => change({ leads: [...brief.leads, ''] })}
          data-testid="process-brief-add-lead"
        >
          Add a co-lead agency
        </button>{' '}
        <button type="button" className="button button--secondary button--small" disabled={disabled} onClick={remove}>
          Remove brief {index + 1}
        </button>
      </p>
    </li>
  );
}
