import { modelFromYDoc, modelParagraphs, type DocumentModel } from '@plenary/shared/document/index';
import type { DocumentParagraph } from '@plenary/shared/document/index';
import type { Services } from '../services.ts';
import { numberingBaseline } from './numbering-baseline.ts';

type Reading = { version: string; paragraphs: DocumentParagraph[] };
type Readers = Pick<Services, 'rooms' | 'db'>;

const cache = new WeakMap<object, Map<string, Reading>>();

/** The live text as the shared model, numbered as the reading shows it: frozen against the last revision. */
export function readLiveModel({ rooms, db }: Readers, documentId: string): DocumentModel {
  const baseline = numberingBaseline(db, documentId)?.baseline;
  return rooms.read(documentId, (doc) => modelFromYDoc(doc, baseline));
}

/**
 * The numbered paragraphs of a document's live text. `version` (the document's last activity stamp)
 * lets listings reuse the last reading instead of loading every document on each request.
 */
export function readParagraphs(readers: Readers, documentId: string, version?: string | null): DocumentParagraph[] {
  let byDocument = cache.get(readers.rooms);
  if (!byDocument) cache.set(readers.rooms, (byDocument = new Map<string, Reading>()));
  const key = `${version ?? 'initial'}|${numberingBaseline(readers.db, documentId)?.revisionId ?? ''}`;
  const hit = byDocument.get(documentId);
  if (version !== undefined && hit?.version === key) return hit.paragraphs;
  const paragraphs = modelParagraphs(readLiveModel(readers, documentId));
  if (version !== undefined) byDocument.set(documentId, { version: key, paragraphs });
  return paragraphs;
}
