import { modelFromYDoc, modelParagraphs } from '@plenary/shared/document/index';
import type { RoomRegistry } from '../sync/room-registry.ts';
import type { DocumentParagraph } from '@plenary/shared/document/index';

type Reading = { version: string; paragraphs: DocumentParagraph[] };

const cache = new WeakMap<RoomRegistry, Map<string, Reading>>();

/**
 * The numbered paragraphs of a document's live text. `version` (the document's last activity stamp)
 * lets listings reuse the last reading instead of loading every document on each request.
 */
export function readParagraphs(rooms: RoomRegistry, documentId: string, version?: string | null): DocumentParagraph[] {
  let byDocument = cache.get(rooms);
  if (!byDocument) cache.set(rooms, (byDocument = new Map<string, Reading>()));
  const key = version ?? 'initial';
  const hit = byDocument.get(documentId);
  if (version !== undefined && hit?.version === key) return hit.paragraphs;
  const paragraphs = rooms.read(documentId, (doc) => modelParagraphs(modelFromYDoc(doc)));
  if (version !== undefined) byDocument.set(documentId, { version: key, paragraphs });
  return paragraphs;
}
