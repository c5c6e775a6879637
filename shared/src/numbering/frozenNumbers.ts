import { BRIEF_PARAGRAPH, OPERATIVE_PARAGRAPH, PREAMBULAR_PARAGRAPH, SUB_POINT } from '../schema/nodeNames.ts';
import type { BlockNumber, NumberableBlock } from './blockNumbers.ts';
import { insertionLabel } from './insertionLabels.ts';
import { romanNumeral, subPointLetter } from './sequences.ts';

/** A numbered block of the last revision issued: the numbers the text keeps until the next one. */
export interface BaselineBlock extends NumberableBlock, BlockNumber {}

/** The numbered blocks of the last revision, in the order it had them. */
export type NumberingBaseline = readonly BaselineBlock[];

/** A paragraph of the baseline no longer in the text: its number stays behind ("OP12 [deleted]"). */
export interface DeletedNumber extends BlockNumber {
  pid: string;
  type: string;
  /** The block it stood after that is still in the text; null when it comes before all of them. */
  afterPid: string | null;
}

interface Style {
  prefix: string;
  margin: (stem: string) => string;
}

const PARAGRAPH_STYLES: Record<string, Style> = {
  [PREAMBULAR_PARAGRAPH]: { prefix: 'PP', margin: (stem) => `PP${stem}` },
  [OPERATIVE_PARAGRAPH]: { prefix: 'OP', margin: (stem) => `${stem}.` },
  [BRIEF_PARAGRAPH]: { prefix: '¶', margin: (stem) => `${stem}.` },
};

const isParent = (type: string) => type === PREAMBULAR_PARAGRAPH || type === OPERATIVE_PARAGRAPH;
const parenthesised = (margin: string) => margin.replace(/^\(|\)$/g, '');

/** Where each baseline sub-point hung: its paragraph and (at level 2) its lettered point. */
interface Placement {
  parent: string | null;
  lettered: string | null;
}

function placements(blocks: readonly NumberableBlock[]): Map<string, Placement> {
  const placed = new Map<string, Placement>();
  let parent: string | null = null;
  let lettered: string | null = null;
  for (const block of blocks) {
    if (isParent(block.type)) {
      parent = block.pid;
      lettered = null;
    } else if (block.type === SUB_POINT) {
      const level1 = (block.level ?? 1) <= 1;
      placed.set(block.pid, { parent, lettered: level1 ? null : lettered });
      if (level1) lettered = block.pid;
    }
  }
  return placed;
}

/** One run of siblings counted the same way: paragraphs of a kind, or the sub-points under one parent. */
class SiblingCounter {
  private anchor = '0';
  private inserted = 0;
  private fresh = 0;
  private anchored = false;

  /** A sibling that keeps its baseline number: later new siblings hang on it. */
  kept(stem: string): void {
    this.anchor = stem;
    this.inserted = 0;
    this.anchored = true;
  }

  /** The stem of a new sibling: "11bis" after 11, or the next fresh number where nothing is frozen. */
  added(freshStem: (n: number) => string, frozenSiblings: boolean): string {
    if (!this.anchored && !frozenSiblings) return freshStem(++this.fresh);
    return insertionLabel(this.anchor, this.inserted++);
  }
}

/**
 * Whether a live block keeps the number the baseline gave it: the same pid and kind, and for a sub-point the
 * same level under the same paragraph (and lettered point), itself keeping its number.
 */
function keepsRule(blocks: readonly NumberableBlock[], baseline: NumberingBaseline): (block: NumberableBlock) => boolean {
  const frozen = new Map(baseline.map((block) => [block.pid, block]));
  const frozenPlacement = placements(baseline);
  const livePlacement = placements(blocks);
  const byPid = new Map(blocks.map((block) => [block.pid, block]));
  const keeps = (block: NumberableBlock): boolean => {
    const before = frozen.get(block.pid);
    if (!before || before.type !== block.type) return false;
    if (block.type !== SUB_POINT) return true;
    if ((before.level ?? 1) !== (block.level ?? 1)) return false;
    const was = frozenPlacement.get(block.pid);
    const is = livePlacement.get(block.pid);
    if (was?.parent !== is?.parent || was?.lettered !== is?.lettered) return false;
    // A sub-point keeps its letter only under a paragraph that keeps its number.
    const parent = was?.parent ? byPid.get(was.parent) : undefined;
    return !was?.parent || (parent !== undefined && keeps(parent));
  };

  return keeps;
}

/**
 * Numbers the blocks of the live text against the last revision, as in a UN reading: a paragraph the
 * revision had keeps its number; one added since hangs on the paragraph before it ("11bis", "11ter");
 * a deleted one leaves its number behind (see `deletedNumbers`), so nothing after it moves.
 */
export function frozenNumbers(blocks: readonly NumberableBlock[], baseline: NumberingBaseline): Map<string, BlockNumber> {
  const frozen = new Map(baseline.map((block) => [block.pid, block]));
  const livePlacement = placements(blocks);
  const keeps = keepsRule(blocks, baseline);

  // Which parents still have frozen sub-points, so a new first sub-point does not take a letter in use.
  const frozenChildren = new Set<string>();
  for (const block of blocks) {
    const placement = livePlacement.get(block.pid);
    if (placement && keeps(block)) frozenChildren.add(`${placement.parent}|${placement.lettered}`);
  }

  const numbers = new Map<string, BlockNumber>();
  const paragraphCounters = new Map<string, SiblingCounter>();
  let subCounter = new SiblingCounter();
  let subSubCounter = new SiblingCounter();
  let parentLabel = '';
  let letteredLabel: string | null = null;

  for (const block of blocks) {
    const style = PARAGRAPH_STYLES[block.type];
    if (style) {
      let counter = paragraphCounters.get(block.type);
      if (!counter) paragraphCounters.set(block.type, (counter = new SiblingCounter()));
      let number: BlockNumber;
      if (keeps(block)) {
        const kept = frozen.get(block.pid)!;
        counter.kept(kept.label.slice(style.prefix.length));
        number = { label: kept.label, margin: kept.margin };
      } else {
        const stem = counter.added(String, true);
        number = { label: style.prefix + stem, margin: style.margin(stem) };
      }
      numbers.set(block.pid, number);
      if (isParent(block.type)) {
        parentLabel = number.label;
        letteredLabel = null;
        subCounter = new SiblingCounter();
        subSubCounter = new SiblingCounter();
      }
    } else if (block.type === SUB_POINT) {
      const level1 = (block.level ?? 1) <= 1;
      const placement = livePlacement.get(block.pid);
      const counter = level1 ? subCounter : subSubCounter;
      let margin: string;
      if (keeps(block)) {
        margin = frozen.get(block.pid)!.margin;
        counter.kept(parenthesised(margin));
      } else {
        const siblingsFrozen = frozenChildren.has(`${placement?.parent}|${placement?.lettered}`);
        margin = `(${counter.added(level1 ? subPointLetter : romanNumeral, siblingsFrozen)})`;
      }
      const label: string = (level1 ? parentLabel : (letteredLabel ?? parentLabel)) + margin;
      numbers.set(block.pid, { label, margin });
      if (level1) {
        letteredLabel = label;
        subSubCounter = new SiblingCounter();
      }
    }
  }
  return numbers;
}

/** The baseline's numbered blocks no longer in the text (or no longer the same kind of block), each placed after the block it followed. */
export function deletedNumbers(blocks: readonly NumberableBlock[], baseline: NumberingBaseline): DeletedNumber[] {
  const live = new Map(blocks.map((block) => [block.pid, block]));
  const keeps = keepsRule(blocks, baseline);
  const deleted: DeletedNumber[] = [];
  let afterPid: string | null = null;
  for (const block of baseline) {
    const now = live.get(block.pid);
    if (now && keeps(now)) {
      afterPid = block.pid;
      continue;
    }
    deleted.push({ pid: block.pid, type: block.type, label: block.label, margin: block.margin, afterPid });
  }
  return deleted;
}
