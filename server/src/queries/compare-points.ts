import * as Y from 'yjs';
import { modelFromYDoc, type DocumentModel, type ModelBlock } from '@plenary/shared/document/index';
import { LIVE_TEXT } from '@plenary/shared/validation/index';
import type { Services } from '../services.ts';
import { numberingBaseline } from './numbering-baseline.ts';
import { loadRevision } from './revision-reader.ts';

/** One side of a comparison: a revision as issued, or the live text as it is now. */
export interface ComparePoint {
  ref: { id: string; name: string } | { live: true };
  /** A private copy of the text (the caller destroys it). */
  doc: Y.Doc;
  /** Highest logged update the text contains. */
  throughUpdateId: number;
  /** The text's model: a revision's with the numbers its paragraphs bore when it was issued, the live text's frozen since the last one. */
  model: DocumentModel;
}

/** The revision with this id of this document, or the live text for `live`; 404 for a revision of anything else. */
export function loadComparePoint(services: Pick<Services, 'db' | 'rooms' | 'store'>, documentId: string, ref: string): ComparePoint {
  const { db, rooms, store } = services;
  if (ref === LIVE_TEXT) {
    const doc = rooms.scratchCopy(documentId);
    const model = modelFromYDoc(doc, numberingBaseline(db, documentId)?.baseline);
    return { ref: { live: true }, doc, throughUpdateId: store.lastUpdateId(db, documentId), model };
  }
  const revision = loadRevision(db, documentId, ref);
  const doc = new Y.Doc({ gc: false });
  Y.applyUpdate(doc, revision.state);
  const model = withNumbersOf(modelFromYDoc(doc), revision.blocks);
  return { ref: { id: revision.id, name: revision.name }, doc, throughUpdateId: revision.throughUpdateId, model };
}

/** The model with each paragraph numbered as the issued blocks number it. */
function withNumbersOf(model: DocumentModel, issued: readonly ModelBlock[]): DocumentModel {
  const byPid = new Map(issued.flatMap((block) => (block.pid ? [[block.pid, block] as const] : [])));
  return {
    blocks: model.blocks.map((block) => {
      const frozen = block.pid ? byPid.get(block.pid) : undefined;
      return frozen ? { ...block, number: frozen.number, margin: frozen.margin } : block;
    }),
  };
}
