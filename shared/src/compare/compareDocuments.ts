import { diffWords, type DiffOp } from '../diff/diff-words.ts';
import type { DocumentModel, ModelBlock } from '../document/model.ts';
import { blockKeys } from './blockKeys.ts';
import { stayingKeys } from './stayingKeys.ts';

/**
 * What happened to a block between two versions: `moved` means its order relative to its neighbours
 * changed (its text may have changed too); `changed` that it stayed in place but its text or type did not.
 */
export type BlockChange = 'unchanged' | 'changed' | 'new' | 'deleted' | 'moved';

/** One block of a redline between two versions of a document. */
export interface ComparedBlock {
  pid: string | null;
  /** The block's type where it stands now (its old type when it was deleted). */
  type: string;
  level: number | null;
  change: BlockChange;
  /** The number it bore in the earlier version; null when it is new or not numbered. */
  fromNumber: string | null;
  /** The number it bears in the later version; null when it was deleted or is not numbered. */
  toNumber: string | null;
  /** The words: `equal` and `delete` read as the earlier text, `equal` and `insert` as the later one. */
  segments: DiffOp[];
  /** Where the block stands among the earlier version's blocks; null when it is new. */
  fromIndex: number | null;
  /** Where it stands among the later version's blocks; null when it was deleted. */
  toIndex: number | null;
}

interface Side {
  blocks: readonly ModelBlock[];
  keys: string[];
}

/**
 * The redline between two versions of a document, blocks matched by pid, in the later version's order with
 * each deleted block at its old place: right after the block that preceded it there and stayed in place
 * (before the blocks new in that gap, as a redline strikes before it inserts).
 */
export function compareDocuments(from: DocumentModel, to: DocumentModel): ComparedBlock[] {
  const before: Side = { blocks: from.blocks, keys: blockKeys(from.blocks) };
  const after: Side = { blocks: to.blocks, keys: blockKeys(to.blocks) };
  const fromIndexByKey = new Map(before.keys.map((key, i) => [key, i]));
  const toKeys = new Set(after.keys);
  const staying = stayingKeys(before.keys, after.keys);

  const compared: ComparedBlock[] = [];
  let fromIndex = 0;
  // Walks the earlier version up to its next block that stayed in place, emitting the deleted ones it passes.
  const emitDeletedBeforeNextStaying = () => {
    for (; fromIndex < before.keys.length && !staying.has(before.keys[fromIndex]!); fromIndex++) {
      if (!toKeys.has(before.keys[fromIndex]!)) compared.push(deletedBlock(before.blocks[fromIndex]!, fromIndex));
    }
  };
  emitDeletedBeforeNextStaying();
  after.keys.forEach((key, i) => {
    const block = after.blocks[i]!;
    const oldIndex = fromIndexByKey.get(key);
    compared.push(oldIndex === undefined ? newBlock(block, i) : keptBlock(before.blocks[oldIndex]!, oldIndex, block, i, staying.has(key)));
    if (staying.has(key)) {
      fromIndex++;
      emitDeletedBeforeNextStaying();
    }
  });
  return compared;
}

function keptBlock(old: ModelBlock, fromIndex: number, block: ModelBlock, toIndex: number, stayed: boolean): ComparedBlock {
  const retyped = old.type !== block.type || old.level !== block.level;
  const change: BlockChange = !stayed ? 'moved' : retyped || old.text !== block.text ? 'changed' : 'unchanged';
  const segments = diffWords(old.text, block.text);
  return { ...identity(block), change, fromNumber: old.number, toNumber: block.number, segments, fromIndex, toIndex };
}

function newBlock(block: ModelBlock, toIndex: number): ComparedBlock {
  const segments = whole('insert', block.text);
  return { ...identity(block), change: 'new', fromNumber: null, toNumber: block.number, segments, fromIndex: null, toIndex };
}

function deletedBlock(block: ModelBlock, fromIndex: number): ComparedBlock {
  const segments = whole('delete', block.text);
  return { ...identity(block), change: 'deleted', fromNumber: block.number, toNumber: null, segments, fromIndex, toIndex: null };
}

function identity(block: ModelBlock) {
  return { pid: block.pid, type: block.type, level: block.level };
}

const whole = (op: 'insert' | 'delete', text: string): DiffOp[] => (text ? [{ op, text }] : []);
