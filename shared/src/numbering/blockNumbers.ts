import { BRIEF_PARAGRAPH, OPERATIVE_PARAGRAPH, PREAMBULAR_PARAGRAPH, SUB_POINT } from '../schema/nodeNames.ts';
import { romanNumeral, subPointLetter } from './sequences.ts';

export interface NumberableBlock {
  pid: string;
  type: string;
  /** Sub-points only: 1 → (a), 2 → (i). Missing means 1. */
  level?: number | null;
}

export interface BlockNumber {
  /** How lists and references name the block: "PP3", "OP12", "OP12(a)", "OP12(a)(ii)", "¶4". */
  label: string;
  /** What the margin of the text shows: "PP3", "12.", "(a)", "(ii)", "4.". */
  margin: string;
}

/**
 * Numbers the blocks of one document, given in document order. Blocks that are not numbered
 * (headings, the title) get no entry. Preambular, operative and brief paragraphs count continuously
 * across sections; sub-point letters restart after each preambular or operative paragraph, and
 * level-2 numerals restart after each level-1 sub-point.
 */
export function numberBlocks(blocks: readonly NumberableBlock[]): Map<string, BlockNumber> {
  const numbers = new Map<string, BlockNumber>();
  let preambular = 0;
  let operative = 0;
  let brief = 0;
  let parentLabel = '';
  let letters = 0;
  let letteredLabel: string | null = null;
  let numerals = 0;

  const startParent = (label: string) => {
    parentLabel = label;
    letters = 0;
    letteredLabel = null;
    numerals = 0;
  };

  for (const block of blocks) {
    if (block.type === PREAMBULAR_PARAGRAPH) {
      const label = `PP${++preambular}`;
      numbers.set(block.pid, { label, margin: label });
      startParent(label);
    } else if (block.type === OPERATIVE_PARAGRAPH) {
      operative++;
      numbers.set(block.pid, { label: `OP${operative}`, margin: `${operative}.` });
      startParent(`OP${operative}`);
    } else if (block.type === BRIEF_PARAGRAPH) {
      brief++;
      numbers.set(block.pid, { label: `¶${brief}`, margin: `${brief}.` });
    } else if (block.type === SUB_POINT && (block.level ?? 1) <= 1) {
      const margin = `(${subPointLetter(++letters)})`;
      letteredLabel = parentLabel + margin;
      numerals = 0;
      numbers.set(block.pid, { label: letteredLabel, margin });
    } else if (block.type === SUB_POINT) {
      const margin = `(${romanNumeral(++numerals)})`;
      numbers.set(block.pid, { label: (letteredLabel ?? parentLabel) + margin, margin });
    }
  }
  return numbers;
}
