import { getInput, listInputs, type TechnicalInput } from '../api/inputs.ts';
import type { CollectionSource } from '../data/liveCollection.ts';

/**
 * The brief's technical inputs as the caller may see them, in submission order. An `input.changed` event names
 * one input, fetched again; a stage change reloads them all (what the viewer may do with each depends on it).
 */
export function inputSource(documentId: string): CollectionSource<TechnicalInput> {
  return {
    key: `inputs:${documentId}`,
    idOf: (input) => input.id,
    fetchList: async (signal) => ({ items: await listInputs(documentId, signal) }),
    fetchOne: getInput,
    compare: (a, b) => a.seq - b.seq,
    // An input taken in after a paragraph adds one: the paragraphs after it, and their inputs' labels, renumber.
    reloadAfter: (input) => input.status === 'incorporated' || input.status === 'incorporated-with-edit',
    live: {
      documentId,
      events: { 'input.changed': (event) => event.data.inputId, 'document.stage-changed': () => null },
    },
  };
}

/** The compact takes no inputs: nothing is asked for, and no event concerns it. */
export const NO_INPUTS: CollectionSource<TechnicalInput> = {
  key: 'inputs:none',
  idOf: (input) => input.id,
  fetchList: () => Promise.resolve({ items: [] }),
};
