import { numberBlocks, type BlockNumber, type NumberableBlock } from './blockNumbers.ts';
import { frozenNumbers, type NumberingBaseline } from './frozenNumbers.ts';

/**
 * The numbers the text shows now: frozen against the last revision issued (numbers stay fixed within a
 * revision), or numbered cleanly when no revision was issued yet. Issuing a revision numbers cleanly.
 */
export function currentNumbers(blocks: readonly NumberableBlock[], baseline?: NumberingBaseline | null): Map<string, BlockNumber> {
  return baseline?.length ? frozenNumbers(blocks, baseline) : numberBlocks(blocks);
}
