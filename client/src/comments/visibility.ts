import { THREAD_VISIBILITIES, type ThreadVisibility } from '@plenary/shared/domain/index';
import type { Thread } from '../api/threads.ts';
import type { Me, Stakeholder } from '../api/types.ts';

/**
 * The groups a group thread of this author may go to, as the server reckons them: the author's own stakeholder
 * when it is a group (the EU), then the groups it is a member of (France: the EU).
 */
export function threadGroups(me: Me): Stakeholder[] {
  if (me.stakeholder.kind !== 'group') return me.groups;
  return [me.stakeholder, ...me.groups.filter((group) => group.id !== me.stakeholder.id)];
}

/** The choices offered when a thread is opened, in the author's own terms; a group layer only for members of a group. */
export function visibilityChoices(me: Me): { value: ThreadVisibility; label: string }[] {
  const groups = threadGroups(me);
  const own = me.stakeholder.shortName;
  // A group's own delegate (the EU) would otherwise read "My delegation only (EU)" beside "EU group": say who differs.
  const ownGroupOnly = groups.length === 1 && groups[0]!.id === me.stakeholder.id;
  const labels: Record<ThreadVisibility, string> = {
    all: 'All participants',
    delegation: me.stakeholder.kind === 'group' ? `${own} delegation only` : `My delegation only (${own})`,
    group: ownGroupOnly ? `${own} and its member states` : groups.length === 1 ? `${groups[0]!.shortName} group` : 'One of my groups',
    cofacilitators: 'Co-facilitators and me',
  };
  return THREAD_VISIBILITIES.filter((value) => value !== 'group' || groups.length > 0).map((value) => ({ value, label: labels[value] }));
}

/** Who can read a thread, as a short badge: "All participants", "Canada only", "EU group", "Co-facilitators and me". */
export function visibilityBadge(thread: Thread, me: Me): string {
  const author = thread.author.stakeholder;
  const authorIsMe = thread.messages[0]?.mine ?? false;
  switch (thread.visibility) {
    case 'all':
      return 'All participants';
    case 'delegation':
      return author ? `${author.shortName} only` : thread.audience;
    case 'group':
      // Readers of a group thread are its members, so the group is one of theirs and has a short name.
      return `${threadGroups(me).find((group) => group.id === thread.audienceStakeholderId)?.shortName ?? thread.audience} group`;
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
