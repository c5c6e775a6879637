import { THREAD_VISIBILITIES, type ThreadVisibility } from '@plenary/shared/permissions/index';
import type { Thread } from '../api/threads.ts';
import type { Me } from '../api/types.ts';

/** The choices offered when a thread is opened, in the author's own terms. */
export function visibilityChoices(me: Me): { value: ThreadVisibility; label: string }[] {
  const labels: Record<ThreadVisibility, string> = {
    all: 'All participants',
    delegation: `My delegation only (${me.stakeholder.shortName})`,
    group: me.stakeholder.kind === 'group' ? `My group (${me.stakeholder.shortName})` : 'My group',
    cofacilitators: 'Co-facilitators and me',
  };
  return THREAD_VISIBILITIES.map((value) => ({ value, label: labels[value] }));
}

/** Who can read a thread, as a short badge: "All participants", "Canada only", "EU group", "Co-facilitators and me". */
export function visibilityBadge(thread: Thread): string {
  const author = thread.author.stakeholder;
  const authorIsMe = thread.messages[0]?.mine ?? false;
  switch (thread.visibility) {
    case 'all':
      return 'All participants';
    case 'delegation':
      return author ? `${author.shortName} only` : thread.audience;
    case 'group':
      return author && thread.audienceStakeholderId === author.id ? `${author.shortName} group` : `${thread.audience} group`;
    case 'cofacilitators':
      return authorIsMe ? 'Co-facilitators and me' : thread.audience;
  }
}

export const VISIBILITY_FILTER_LABELS: Record<ThreadVisibility, string> = {
  all: 'All participants',
  delegation: 'Delegation only',
  group: 'Group',
  cofacilitators: 'Co-facilitators',
};
