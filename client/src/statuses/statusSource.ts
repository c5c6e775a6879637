import { getStatuses, type ParagraphStatusEntry, type StatusCounts } from '../api/statuses.ts';
import type { CollectionSource } from '../data/liveCollection.ts';

/** The document's paragraph statuses with their counts, reloaded whenever one of them changes. */
export function statusSource(documentId: string): CollectionSource<ParagraphStatusEntry, StatusCounts> {
  return {
    key: `statuses:${documentId}`,
    idOf: (entry) => entry.pid,
    fetchList: async (signal) => {
      const { statuses, counts } = await getStatuses(documentId, signal);
      return { items: statuses, meta: counts };
    },
    // The counts change with the item: reload the whole answer.
    live: { documentId, events: { 'paragraph-status.changed': () => null } },
  };
}
