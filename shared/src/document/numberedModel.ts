import { numberBlocks } from '../numbering/blockNumbers.ts';
import type { DocumentModel, UnnumberedBlock } from './model.ts';

/** The document model of blocks read in document order: each numbered by the shared numbering. */
export function numberedModel(blocks: readonly UnnumberedBlock[]): DocumentModel {
  const numbers = numberBlocks(blocks.flatMap((block) => (block.pid ? [{ pid: block.pid, type: block.type, level: block.level }] : [])));
  return {
    blocks: blocks.map((block) => {
      const number = block.pid ? numbers.get(block.pid) : undefined;
      return { ...block, number: number?.label ?? null, margin: number?.margin ?? null };
    }),
  };
}
