import { useId, useState, type FormEvent } from 'react';
import type { AuditLog } from '../api/audit.ts';
import type { DocumentDetail } from '../api/types.ts';
import { isFiltered, paragraphNamed, type AuditFilters } from './auditFilters.ts';

interface Props {
  filters: AuditFilters;
  options: AuditLog['filters'] | null;
  paragraphs: DocumentDetail['paragraphs'];
  onChange: (filters: AuditFilters) => void;
}

interface Choice {
  value: string;
  label: string;
}

/** A select that always shows the current filter, even one the log's option lists do not hold (from a shared link). */
function FilterSelect(props: {
  label: string;
  all: string;
  value: string;
  choices: Choice[];
  testId: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  const { label, all, value, choices, testId, onChange } = props;
  const listed = value === '' || choices.some((choice) => choice.value === value);
  return (
    <p className="audit-filters__field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)} data-testid={testId}>
        <option value="">{all}</option>
        {!listed && <option value={value}>{value}</option>}
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </p>
  );
}

/**
 * Narrows the audit log: a person, a stakeholder, an action (each chosen from those in the log), a paragraph by
 * number. Give it `key={filters.pid}` so that the typed number follows the paragraph filter when that changes.
 */
export function AuditFiltersBar({ filters, options, paragraphs, onChange }: Props) {
  const numberOf = (pid: string) => paragraphs.find((p) => p.pid === pid)?.number || pid;
  const [typed, setTyped] = useState(() => (filters.pid ? numberOf(filters.pid) : ''));
  const [unknownNumber, setUnknownNumber] = useState<string | null>(null);
  const paragraphId = useId();
  const numbersId = useId();
  const hintId = useId();

  // A number stands for the paragraph's pid; what names no paragraph is said so, and filters nothing.
  const applyParagraph = (event: FormEvent) => {
    event.preventDefault();
    const wanted = typed.trim();
    const found = paragraphNamed(paragraphs, wanted);
    if (wanted === '' || found) {
      setUnknownNumber(null);
      onChange({ ...filters, pid: found?.pid ?? '' });
    } else if (wanted !== filters.pid) {
      setUnknownNumber(wanted);
    }
  };

  const clear = () => onChange({ user: '', stakeholder: '', action: '', pid: '' });

  return (
    <form className="audit-filters" role="search" aria-label="Filter the audit log" onSubmit={applyParagraph} data-testid="audit-filters">
      <FilterSelect
        label="Person"
        all="Everyone"
        value={filters.user}
        choices={(options?.users ?? []).map((u) => ({ value: u.id, label: u.name }))}
        testId="audit-filter-user"
        onChange={(user) => onChange({ ...filters, user })}
      />
      <FilterSelect
        label="Stakeholder"
        all="All stakeholders"
        value={filters.stakeholder}
        choices={(options?.stakeholders ?? []).map((s) => ({ value: s.id, label: s.name }))}
        testId="audit-filter-stakeholder"
        onChange={(stakeholder) => onChange({ ...filters, stakeholder })}
      />
      <FilterSelect
        label="Action"
        all="All actions"
        value={filters.action}
        choices={(options?.actions ?? []).map((a) => ({ value: a.action, label: a.label }))}
        testId="audit-filter-action"
        onChange={(action) => onChange({ ...filters, action })}
      />
      <p className="audit-filters__field">
        <label htmlFor={paragraphId}>Paragraph</label>
        <span className="audit-filters__paragraph">
          <input
            id={paragraphId}
            type="text"
            inputMode="text"
            size={7}
            placeholder="e.g. OP5"
            list={numbersId}
            value={typed}
            aria-invalid={unknownNumber !== null || undefined}
            aria-describedby={unknownNumber !== null ? hintId : undefined}
            onChange={(event) => {
              setTyped(event.target.value);
              setUnknownNumber(null);
            }}
            data-testid="audit-filter-paragraph"
          />
          <button type="submit" className="button button--small button--secondary">
            Apply
          </button>
        </span>
        <datalist id={numbersId}>
          {paragraphs
            .filter((p) => p.number)
            .map((p) => (
              <option key={p.pid} value={p.number} />
            ))}
        </datalist>
      </p>
      {isFiltered(filters) && (
        <button type="button" className="link-button audit-filters__clear" onClick={clear} data-testid="audit-clear-filters">
          Clear filters
        </button>
      )}
      {unknownNumber !== null && (
        <p className="audit-filters__hint" id={hintId} role="alert">
          There is no paragraph “{unknownNumber}” in the text as it stands.
        </p>
      )}
    </form>
  );
}
