import type { CollectionSource } from '../data/liveCollection.ts';
import { listRevisions, type RevisionSummary } from './api.ts';

/** The revisions of a document in issue order, listed again when a pen-holder issues one. */
export function revisionSource(documentId: string): CollectionSource<RevisionSummary> {
  return {
    key: `revisions:${documentId}`,
    idOf: (revision) => revision.id,
    fetchList: async (signal) => ({ items: await listRevisions(documentId, signal) }),
    compare: (a, b) => a.sequence - b.sequence,
    live: { documentId, events: { 'revision.issued': () => null } },
  };
}
