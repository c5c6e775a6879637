import type { CSSProperties } from 'react';
import type { Proposal, StakeholderRef } from '../api/proposals.ts';
import { stakeholderColor } from '../lib/stakeholderColor.ts';
import type { ProposalFilters } from './layerState.ts';

interface Props {
  proposals: readonly Proposal[];
  filters: ProposalFilters;
  onChange: (filters: ProposalFilters) => void;
}

/** Which tracked changes the text shows: one toggle per stakeholder with pending proposals, and "clean text". */
export function ProposalFiltersBar({ proposals, filters, onChange }: Props) {
  const stakeholders = new Map<string, StakeholderRef & { count: number }>();
  for (const proposal of proposals) {
    if (proposal.status !== 'tabled') continue;
    const entry = stakeholders.get(proposal.tabledBy.id) ?? { ...proposal.tabledBy, count: 0 };
    entry.count++;
    stakeholders.set(entry.id, entry);
  }

  const toggle = (id: string) => {
    const hidden = new Set(filters.hidden);
    if (hidden.has(id)) hidden.delete(id);
    else hidden.add(id);
    onChange({ ...filters, hidden });
  };

  return (
    <fieldset className="proposal-filters" data-testid="proposal-filters">
      <legend className="visually-hidden">Tracked changes shown in the text</legend>
      <label className="proposal-filters__clean">
        <input
          type="checkbox"
          checked={filters.clean}
          onChange={(event) => onChange({ ...filters, clean: event.target.checked })}
          data-testid="clean-text-toggle"
        />
        Clean text
      </label>
      {[...stakeholders.values()]
        .sort((a, b) => a.shortName.localeCompare(b.shortName))
        .map((stakeholder) => {
          const shown = !filters.hidden.has(stakeholder.id);
          return (
            <button
              key={stakeholder.id}
              type="button"
              className="proposal-filters__stakeholder"
              style={{ '--stakeholder': stakeholderColor(stakeholder.shortName) } as CSSProperties}
              aria-pressed={shown}
              disabled={filters.clean}
              title={`${shown ? 'Hide' : 'Show'} the proposals of ${stakeholder.name} in the text`}
              onClick={() => toggle(stakeholder.id)}
              data-testid="stakeholder-filter"
              data-stakeholder={stakeholder.id}
            >
              {stakeholder.shortName} <span className="proposal-filters__count">{stakeholder.count}</span>
            </button>
          );
        })}
    </fieldset>
  );
}
