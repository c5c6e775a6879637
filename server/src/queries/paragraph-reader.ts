import { eq, max } from 'drizzle-orm';
import { modelFromYDoc, modelParagraphs, type DocumentModel } from '@plenary/shared/document/index';
import type { DocumentParagraph } from '@plenary/shared/document/index';
import type { DbHandle } from '../db/client.ts';
import { yjsUpdates } from '../db/schema.ts';
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
 * The numbered paragraphs of a document's live text. Every change of the text is logged before it reaches
 * the room, so the last logged update (with the revision that froze the numbers) names the reading: it is
 * rebuilt only when one of them moved, not on every request (building it loads the whole history).
 * Callers must not modify the array they get.
 */
export function readParagraphs(readers: Readers, documentId: string): DocumentParagraph[] {
  let byDocument = cache.get(readers.rooms);
  if (!byDocument) cache.set(readers.rooms, (byDocument = new Map<string, Reading>()));
  const version = `${lastLoggedUpdate(readers.db, documentId)}|${numberingBaseline(readers.db, documentId)?.revisionId ?? ''}`;
  const hit = byDocument.get(documentId);
  if (hit?.version === version) return hit.paragraphs;
  const paragraphs = modelParagraphs(readLiveModel(readers, documentId));
  byDocument.set(documentId, { version, paragraphs });
  return paragraphs;
}

function lastLoggedUpdate(db: DbHandle, documentId: string): number {
  return (
    db
      .select({ id: max(yjsUpdates.id) })
      .from(yjsUpdates)
      .where(eq(yjsUpdates.documentId, documentId))
      .get()?.id ?? 0
  );
}
