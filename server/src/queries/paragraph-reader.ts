import type * as Y from 'yjs';
import { modelFromYDoc, modelParagraphs, type DocumentModel } from '@plenary/shared/document/index';
import type { DocumentParagraph } from '@plenary/shared/document/index';
import type { Services } from '../services.ts';
import { numberingBaseline } from './numbering-baseline.ts';

type Readers = Pick<Services, 'rooms' | 'db'>;

interface Reading {
  /** The revision whose numbers the reading shows ('' before the first). */
  baseline: string;
  paragraphs: DocumentParagraph[];
}

type StoredReading = Reading & { lastUpdateId: number };

/** Readings of open rooms' documents, dropped by the document's next update. */
const liveReadings = new WeakMap<Y.Doc, Reading>();
/** Readings of documents nobody has open, per registry and document, valid while their log ends at `lastUpdateId`. */
const storedReadings = new WeakMap<object, Map<string, StoredReading>>();

/** The live text as the shared model, numbered as the reading shows it: frozen against the last revision. */
export function readLiveModel({ rooms, db }: Readers, documentId: string): DocumentModel {
  const baseline = numberingBaseline(db, documentId)?.baseline;
  return rooms.read(documentId, (doc) => modelFromYDoc(doc, baseline));
}

/**
 * The numbered paragraphs of a document's live text. Building them walks the whole document and its history,
 * so a reading is kept until the text or the numbering changes: every request that needs a paragraph's number
 * or text then costs a lookup, however long the document's history. The arrays returned are shared: never
 * change them.
 */
export function readParagraphs(readers: Readers, documentId: string, _version?: string | null): DocumentParagraph[] {
  const baseline = numberingBaseline(readers.db, documentId)?.revisionId ?? '';
  const live = readers.rooms.liveDoc(documentId);
  if (live) {
    const hit = liveReadings.get(live);
    if (hit?.baseline === baseline) return hit.paragraphs;
    if (!hit) live.once('update', () => liveReadings.delete(live));
    const reading = { baseline, paragraphs: modelParagraphs(readLiveModel(readers, documentId)) };
    liveReadings.set(live, reading);
    return reading.paragraphs;
  }
  // Inside a transaction the log may hold rows that roll back: read afresh, keep nothing.
  if (readers.db.$client.inTransaction) return modelParagraphs(readLiveModel(readers, documentId));
  let byDocument = storedReadings.get(readers.rooms);
  if (!byDocument) storedReadings.set(readers.rooms, (byDocument = new Map<string, StoredReading>()));
  const lastUpdateId = readers.rooms.lastUpdateId(documentId);
  const hit = byDocument.get(documentId);
  if (hit && hit.lastUpdateId === lastUpdateId && hit.baseline === baseline) return hit.paragraphs;
  const paragraphs = modelParagraphs(readLiveModel(readers, documentId));
  byDocument.set(documentId, { baseline, paragraphs, lastUpdateId });
  return paragraphs;
}
