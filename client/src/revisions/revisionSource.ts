import { listRevisions, type RevisionSummary } from '../api/revisions.ts';
import type { CollectionSource } from '../data/liveCollection.ts';

/** The revisions of a document, first issued first; a new one reloads the list. */
export function revisionSource(documentId: string): CollectionSource<RevisionSummary> {
  return {
    key: `revisions:${documentId}`,
    idOf: (revision) => revision.id,
    fetchList: async (signal) => ({ items: await listRevisions(documentId, signal) }),
    compare: (a, b) => a.sequence - b.sequence,
    live: { documentId, events: { 'revision.issued': () => null } },
  };
}
