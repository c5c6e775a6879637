import { currentNumbers } from '../numbering/currentNumbers.ts';
import type { NumberingBaseline } from '../numbering/frozenNumbers.ts';
import type { DocumentModel, UnnumberedBlock } from './model.ts';

/**
 * The document model of blocks read in document order: each numbered by the shared numbering, frozen against
 * the last revision's `baseline` when there is one.
 */
export function numberedModel(blocks: readonly UnnumberedBlock[], baseline?: NumberingBaseline | null): DocumentModel {
  const numbers = currentNumbers(
    blocks.flatMap((block) => (block.pid ? [{ pid: block.pid, type: block.type, level: block.level }] : [])),
    baseline,
  );
  return {
    blocks: blocks.map((block) => {
      const number = block.pid ? numbers.get(block.pid) : undefined;
      return { ...block, number: number?.label ?? null, margin: number?.margin ?? null };
    }),
  };
}
