import type { CollectionSource } from '../data/liveCollection.ts';
import { listEvidenceLinks, type EvidenceLink } from './api.ts';

/**
 * The document's evidence links, reloaded when one is made or removed, and when the numbers they show may
 * have moved (a revision renumbers, an accepted proposal inserts or deletes a paragraph).
 */
export function evidenceSource(documentId: string): CollectionSource<EvidenceLink> {
  return {
    key: `evidence:${documentId}`,
    idOf: (link) => link.id,
    fetchList: async (signal) => ({ items: await listEvidenceLinks(documentId, signal) }),
    live: {
      documentId,
      events: { 'evidence.changed': () => null, 'revision.issued': () => null, 'proposal.changed': () => null },
    },
  };
}
