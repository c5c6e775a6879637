import { getDocument, listDocuments } from '../api/documents.ts';
import type { DocumentDetail, DocumentSummary } from '../api/types.ts';
import type { CollectionSource, LiveEventRoutes } from './liveCollection.ts';

/**
 * The documents of the process the reader works in, loaded once, and again when they switch to another: the
 * server lists those of all their processes, each with its `processId`.
 */
export function documentListSource(processId: string): CollectionSource<DocumentSummary> {
  return {
    key: `documents:${processId}`,
    idOf: (document) => document.id,
    fetchList: async (signal) => ({ items: (await listDocuments(signal)).filter((document) => document.processId === processId) }),
    // A brief that moves may appear in the list or leave it, and a new capacity changes who writes what: read again.
    live: { events: { 'document.stage-changed': () => null, 'membership.changed': () => null } },
  };
}

/**
 * The live events that change what a document's answer says besides its text: the reader's capacity (what they
 * may do on it), its stage (a brief's lifecycle decides who writes it), its numbering, and
 * a silence procedure (the text is frozen until its deadline) and its adoption (the text becomes final).
 */
export const DOCUMENT_EVENTS: LiveEventRoutes = {
  'membership.changed': () => null,
  'revision.issued': () => null,
  'silence.started': () => null,
  'silence.ended': () => null,
  'document.stage-changed': () => null,
};

/** One document with its paragraphs, as a collection of one; `reloadOn` names the live events that change it. */
export function documentSource(id: string, reloadOn: LiveEventRoutes = DOCUMENT_EVENTS): CollectionSource<DocumentDetail> {
  return {
    key: `document:${id}`,
    idOf: (document) => document.id,
    fetchList: async (signal) => ({ items: [await getDocument(id, signal)] }),
    live: { documentId: id, events: reloadOn },
  };
}
