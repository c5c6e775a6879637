import type { Thread } from '../api/threads.ts';
import type { CommentLayerState } from './commentStore.ts';

/** The threads the panel lists: its scope and filters applied, in the order of the text, open ones first. */
export function visibleThreads(
  threads: readonly Thread[],
  state: Pick<CommentLayerState, 'filters' | 'scope' | 'currentPid'>,
  order: ReadonlyMap<string, number>,
): Thread[] {
  const { filters, scope, currentPid } = state;
  return threads
    .filter((t) => scope === 'document' || t.pid === currentPid)
    .filter((t) => !filters.visibility || t.visibility === filters.visibility)
    .filter((t) => !filters.status || t.status === filters.status)
    .filter((t) => !filters.stakeholder || t.messages.some((m) => m.author.stakeholder?.id === filters.stakeholder))
    .sort(
      (a, b) =>
        Number(a.status === 'resolved') - Number(b.status === 'resolved') ||
        (order.get(a.pid) ?? Infinity) - (order.get(b.pid) ?? Infinity) ||
        a.createdAt.localeCompare(b.createdAt),
    );
}

/** Everyone who wrote in the threads this reader can see, for the stakeholder filter. */
export function writingStakeholders(threads: readonly Thread[]): { id: string; shortName: string }[] {
  const found = new Map<string, string>();
  for (const thread of threads) {
    for (const message of thread.messages) {
      const s = message.author.stakeholder;
      if (s) found.set(s.id, s.shortName);
    }
  }
  return [...found].map(([id, shortName]) => ({ id, shortName })).sort((a, b) => a.shortName.localeCompare(b.shortName));
}
