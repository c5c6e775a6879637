import { and, asc, eq, gt, lte } from 'drizzle-orm';
import * as Y from 'yjs';
import { compareDocuments, type ComparedBlock } from '@plenary/shared/compare/index';
import type { DiffOp } from '@plenary/shared/diff/index';
import type { DocumentModel } from '@plenary/shared/document/index';
import type { Db } from '../db/client.ts';
import { yjsUpdates } from '../db/schema.ts';
import { identifiedBlocks, type CharacterRun, type IdentifiedBlock, type ItemId } from '../text/block-characters.ts';
import { DeletionIndex } from '../text/deletion-index.ts';
import { ChangeAttributor, sameOrigin, type ChangeAttribution } from './change-attribution.ts';
import type { ComparePoint } from './compare-points.ts';

export interface AttributedSegment extends DiffOp {
  attribution?: ChangeAttribution;
}

export interface AttributedBlock extends Omit<ComparedBlock, 'segments'> {
  segments: AttributedSegment[];
  /** Who added, deleted or moved the block itself. */
  attribution?: ChangeAttribution;
}

interface ReadSide {
  model: DocumentModel;
  blocks: IdentifiedBlock[];
  /** What the text holds: client id → clocks below this exist in it. */
  stateVector: Map<number, number>;
}

/**
 * The redline between two texts of a document, every change attributed from the update log. A character on
 * one side only was either written after the other side's text (its client id's writer) or deleted before it
 * (the writer of the logged update whose delete set holds it): the log between the two is read for that, so the
 * answer is the same after compaction and restarts. Works in either direction.
 */
export function compareTexts(db: Db, document: { id: string; processId: string }, from: ComparePoint, to: ComparePoint): AttributedBlock[] {
  const before = readSide(from);
  const after = readSide(to);
  const deletions = new DeletionIndex(loggedBetween(db, document.id, from.throughUpdateId, to.throughUpdateId));
  const attributor = new ChangeAttributor(db, document.id, document.processId);
  const attribute = (id: ItemId, other: ReadSide): ChangeAttribution | null => {
    if (id.clock >= (other.stateVector.get(id.client) ?? 0)) return attributor.ofWritten(id);
    const updateId = deletions.deletedBy(id);
    return updateId === undefined ? null : attributor.ofUpdate(updateId);
  };

  return compareDocuments(before.model, after.model).map((block) => {
    const fromBlock = block.fromIndex === null ? null : before.blocks[block.fromIndex]!;
    const toBlock = block.toIndex === null ? null : after.blocks[block.toIndex]!;
    const segments = attributeSegments(block.segments, {
      insert: (offset) => idAt(toBlock, offset),
      delete: (offset) => idAt(fromBlock, offset),
      attribute: (id, op) => attribute(id, op === 'insert' ? before : after),
    });
    const element = block.change === 'deleted' ? fromBlock?.element : toBlock?.element;
    const itself = block.change === 'deleted' || block.change === 'new' || block.change === 'moved';
    const attribution = itself && element ? attribute(element, block.change === 'deleted' ? after : before) : null;
    return { ...block, segments, ...(attribution ? { attribution } : {}) };
  });
}

function readSide(point: ComparePoint): ReadSide {
  return { model: point.model, blocks: identifiedBlocks(point.doc), stateVector: Y.decodeStateVector(Y.encodeStateVector(point.doc)) };
}

function loggedBetween(db: Db, documentId: string, a: number, b: number) {
  return db
    .select({ id: yjsUpdates.id, update: yjsUpdates.update })
    .from(yjsUpdates)
    .where(and(eq(yjsUpdates.documentId, documentId), gt(yjsUpdates.id, Math.min(a, b)), lte(yjsUpdates.id, Math.max(a, b))))
    .orderBy(asc(yjsUpdates.id))
    .all();
}

function idAt(block: IdentifiedBlock | null, offset: number): ItemId | null {
  const run = block && findRun(block.characters, offset);
  return run ? { client: run.client, clock: run.clock + offset - run.offset } : null;
}

function findRun(runs: readonly CharacterRun[], offset: number): CharacterRun | undefined {
  let low = 0;
  let high = runs.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const run = runs[middle]!;
    if (offset < run.offset) high = middle - 1;
    else if (offset >= run.offset + run.length) low = middle + 1;
    else return run;
  }
  return undefined;
}

interface SegmentReader {
  insert: (offset: number) => ItemId | null;
  delete: (offset: number) => ItemId | null;
  attribute: (id: ItemId, op: 'insert' | 'delete') => ChangeAttribution | null;
}

/**
 * Splits each change of a redline where its origin changes. A character the word diff counts as changed but
 * that is on both sides (the rest of a word partly retyped) has no origin of its own: it joins its neighbours.
 */
function attributeSegments(segments: readonly DiffOp[], reader: SegmentReader): AttributedSegment[] {
  const attributed: AttributedSegment[] = [];
  let fromOffset = 0;
  let toOffset = 0;
  for (const segment of segments) {
    if (segment.op === 'equal') {
      attributed.push({ ...segment });
      fromOffset += segment.text.length;
      toOffset += segment.text.length;
      continue;
    }
    const op = segment.op;
    const start = op === 'insert' ? toOffset : fromOffset;
    const pieces: { text: string; attribution: ChangeAttribution | null }[] = [];
    for (let i = 0; i < segment.text.length; i++) {
      const id = reader[op](start + i);
      const attribution = id && reader.attribute(id, op);
      const last = pieces[pieces.length - 1];
      if (last && (!attribution || (last.attribution && sameOrigin(last.attribution, attribution)))) last.text += segment.text[i];
      else if (last && !last.attribution) Object.assign(last, { text: last.text + segment.text[i], attribution });
      else pieces.push({ text: segment.text[i]!, attribution });
    }
    for (const piece of pieces) attributed.push({ op, text: piece.text, ...(piece.attribution ? { attribution: piece.attribution } : {}) });
    if (op === 'insert') toOffset += segment.text.length;
    else fromOffset += segment.text.length;
  }
  return attributed;
}

/** The blocks with at least one change attributed to the stakeholder (their other changes kept, so they read whole). */
export function withChangesOf(blocks: readonly AttributedBlock[], stakeholderId: string): AttributedBlock[] {
  return blocks.filter(
    (block) =>
      block.attribution?.stakeholderId === stakeholderId ||
      block.segments.some((segment) => segment.attribution?.stakeholderId === stakeholderId),
  );
}
