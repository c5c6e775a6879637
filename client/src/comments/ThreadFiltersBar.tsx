import { THREAD_STATUSES, THREAD_VISIBILITIES, type ThreadStatus, type ThreadVisibility } from '@plenary/shared/domain/index';
import { useMemo } from 'react';
import type { Thread } from '../api/threads.ts';
import type { CommentStore, ThreadFilters } from './commentStore.ts';
import { writingStakeholders } from './threadFilter.ts';
import { VISIBILITY_FILTER_LABELS } from './visibility.ts';

const STATUS_LABELS: Record<ThreadStatus, string> = { open: 'Open', resolved: 'Resolved' };

interface Props {
  store: CommentStore;
  threads: readonly Thread[];
  filters: ThreadFilters;
}

/** Narrow the list by who wrote, who can read, and whether the thread is settled. */
export function ThreadFiltersBar({ store, threads, filters }: Props) {
  const stakeholders = useMemo(() => writingStakeholders(threads), [threads]);
  const set = (patch: Partial<ThreadFilters>) => store.update({ filters: { ...filters, ...patch } });

  return (
    <div className="comment-filters" data-testid="comment-filters">
      <label>
        <span>Stakeholder</span>
        <select value={filters.stakeholder} onChange={(e) => set({ stakeholder: e.target.value })} data-testid="filter-stakeholder">
          <option value="">Anyone</option>
          {stakeholders.map((s) => (
            <option key={s.id} value={s.id}>
              {s.shortName}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Visible to</span>
        <select
          value={filters.visibility}
          onChange={(e) => set({ visibility: e.target.value as ThreadVisibility | '' })}
          data-testid="filter-visibility"
        >
          <option value="">Any</option>
          {THREAD_VISIBILITIES.map((v) => (
            <option key={v} value={v}>
              {VISIBILITY_FILTER_LABELS[v]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Status</span>
        <select value={filters.status} onChange={(e) => set({ status: e.target.value as ThreadStatus | '' })} data-testid="filter-status">
          <option value="">All</option>
          {THREAD_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
