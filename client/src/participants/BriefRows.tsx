import { useId } from 'react';
import type { StakeholderOption } from '../api/proposals.ts';
import type { FieldErrors } from '../inputs/fieldErrors.ts';
import { FieldError } from './FieldError.tsx';
import { emptyBrief, LEAD_KINDS, MAX_BRIEFS, MAX_LEADS, type BriefDraft } from './processDraft.ts';
import { RepeatedRows, type RowEdit } from './RepeatedRows.tsx';
import { StakeholderInput } from './StakeholderInput.tsx';
import { TextField } from './TextField.tsx';

interface Props {
  briefs: BriefDraft[];
  onChange: (briefs: BriefDraft[]) => void;
  stakeholders: readonly StakeholderOption[];
  errors: FieldErrors;
  disabled: boolean;
}

/** The thematic issue briefs, each with its title and its lead agencies (one to four), who hold its pen. */
export function BriefRows({ briefs, onChange, stakeholders, errors, disabled }: Props) {
  return (
    <RepeatedRows
      legend="Issue briefs"
      hint="Each brief is drafted by its lead agencies; an empty text is made for each."
      empty="No briefs: the process has its compact only."
      rows={briefs}
      onChange={onChange}
      create={emptyBrief}
      max={MAX_BRIEFS}
      addLabel="Add a brief"
      addTestId="process-add-brief"
      field="briefs"
      errors={errors}
      disabled={disabled}
      testId="process-briefs"
    >
      {(brief, i, edit) => <BriefRow index={i} brief={brief} {...edit} stakeholders={stakeholders} errors={errors} disabled={disabled} />}
    </RepeatedRows>
  );
}

interface RowProps extends RowEdit<BriefDraft> {
  index: number;
  brief: BriefDraft;
  stakeholders: readonly StakeholderOption[];
  errors: FieldErrors;
  disabled: boolean;
}

function BriefRow({ index, brief, change, remove, stakeholders, errors, disabled }: RowProps) {
  const id = useId();
  const path = `briefs.${index}`;
  const leadsError = errors.get(`${path}.leadStakeholderIds`);
  return (
    <li className="process-rows__row" data-testid="process-brief">
      <TextField
        label={`Title of brief ${index + 1}`}
        value={brief.title}
        disabled={disabled}
        placeholder="Human rights of all migrants…"
        onChange={(title) => change({ title })}
        error={errors.get(`${path}.title`)}
        field={`${path}.title`}
        testId="process-brief-title"
      />
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
        <FieldError id={`${id}-leads-error`} message={leadsError} field={`${path}.leadStakeholderIds`} />
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
