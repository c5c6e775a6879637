import type { Role, ThreadVisibility } from '../domain/index.ts';

/** A participant of the thread's process, as far as thread visibility is concerned. */
export interface ThreadReader {
  userId: string;
  role: Role;
  stakeholderId: string;
  /** The groups the reader's stakeholder is a member of (a member state of the EU reads EU threads). */
  groupIds: readonly string[];
}

/** What decides who may read a thread. */
export interface ThreadAudience {
  visibility: ThreadVisibility;
  authorUserId: string;
  authorStakeholderId: string;
  /** The group of a 'group' thread; the author's stakeholder for a 'delegation' thread. */
  audienceStakeholderId: string | null;
}

/**
 * The one answer to "may this participant read this thread?", asked for every REST read, live event and
 * search. The reader must already be a participant of the thread's process. The author always reads.
 */
export function canReadThread(reader: ThreadReader, thread: ThreadAudience): boolean {
  if (reader.userId === thread.authorUserId) return true;
  switch (thread.visibility) {
    case 'all':
      return true;
    case 'delegation':
      return reader.stakeholderId === (thread.audienceStakeholderId ?? thread.authorStakeholderId);
    case 'group': {
      const group = thread.audienceStakeholderId;
      return group !== null && (reader.stakeholderId === group || reader.groupIds.includes(group));
    }
    case 'cofacilitators':
      // "Co-facilitators and me": the secretariat is not a co-facilitator.
      return reader.role === 'cofacilitator';
    default:
      return false;
  }
}

export interface GroupChoice {
  group: string | null;
  error?: 'not-a-member' | 'no-group' | 'ambiguous';
}

/**
 * The group a 'group' thread goes to: the one asked for (if the author belongs to it), else the author's own
 * stakeholder when it is a group, else the single group its stakeholder belongs to.
 */
export function chooseThreadGroup(
  author: { stakeholderId: string; stakeholderIsGroup: boolean; groupIds: readonly string[] },
  requested?: string,
): GroupChoice {
  const eligible = author.stakeholderIsGroup ? [author.stakeholderId, ...author.groupIds] : [...author.groupIds];
  if (requested !== undefined) {
    return eligible.includes(requested) ? { group: requested } : { group: null, error: 'not-a-member' };
  }
  if (author.stakeholderIsGroup) return { group: author.stakeholderId };
  const [only, ...others] = eligible;
  if (only === undefined) return { group: null, error: 'no-group' };
  if (others.length > 0) return { group: null, error: 'ambiguous' };
  return { group: only };
}
