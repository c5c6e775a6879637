import { getProposal, listProposals, type Proposal } from '../api/proposals.ts';
import type { CollectionSource } from '../data/liveCollection.ts';

/**
 * The document's proposals as the caller may see them, in tabling order. A `proposal.changed` event names one
 * proposal (an acceptance sends one for each proposal it rebased), and only that one is fetched again.
 */
export function proposalSource(documentId: string): CollectionSource<Proposal> {
  return {
    key: `proposals:${documentId}`,
    idOf: (proposal) => proposal.id,
    fetchList: async (signal) => ({ items: await listProposals(documentId, signal) }),
    fetchOne: getProposal,
    compare: (a, b) => a.seq - b.seq,
    // Numbers are computed from the text: a paragraph added or removed renumbers those after it, and with
    // them the labels of their proposals.
    reloadAfter: (proposal) => proposal.status === 'accepted' && (proposal.kind === 'insert-after' || proposal.kind === 'delete'),
    live: { documentId, events: { 'proposal.changed': (event) => event.data.proposalId } },
  };
}
