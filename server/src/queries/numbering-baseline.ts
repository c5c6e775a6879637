import type { ModelBlock } from '@plenary/shared/document/index';
import type { NumberingBaseline } from '@plenary/shared/numbering/index';
import type { DbHandle } from '../db/client.ts';
import { latestRevision, latestRevisionKey } from './revision-reader.ts';

/** The numbered blocks of a revision: the numbers the live text keeps until the next revision. */
export function baselineOf(blocks: readonly ModelBlock[]): NumberingBaseline {
  return blocks.flatMap(({ pid, type, level, number, margin }) =>
    pid && number !== null && margin !== null ? [{ pid, type, level, label: number, margin }] : [],
  );
}

export interface Numbering {
  revisionId: string;
  baseline: NumberingBaseline;
  /** pid → the number before the last revision renumbered it. */
  previousNumbers: Record<string, string>;
}

const cache = new WeakMap<object, Map<string, Numbering>>();

/**
 * The numbering baseline of a document (its last revision), or null before the first revision. Revisions
 * are immutable, so the parsed baseline is kept until a newer revision appears.
 */
export function numberingBaseline(db: DbHandle, documentId: string): Numbering | null {
  const key = latestRevisionKey(db, documentId);
  if (!key) return null;
  let byDocument = cache.get(db);
  if (!byDocument) cache.set(db, (byDocument = new Map<string, Numbering>()));
  const hit = byDocument.get(documentId);
  if (hit?.revisionId === key.id) return hit;
  const revision = latestRevision(db, documentId)!;
  const entry = { revisionId: revision.id, baseline: baselineOf(revision.blocks), previousNumbers: revision.previousNumbers };
  byDocument.set(documentId, entry);
  return entry;
}
