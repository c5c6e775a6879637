import type { Slice } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import {
  AddMarkStep,
  AddNodeMarkStep,
  AttrStep,
  RemoveMarkStep,
  RemoveNodeMarkStep,
  ReplaceAroundStep,
  ReplaceStep,
  type Step,
} from '@tiptap/pm/transform';

function containsBlocks(slice: Slice): boolean {
  let found = false;
  slice.content.forEach((node) => {
    if (node.isBlock) found = true;
  });
  return found;
}

/**
 * Whether a step can add a block, change a block's type or set a pid: only such steps can leave a block
 * without a pid or two blocks with the same one. Typing, deleting, joining and marks cannot.
 */
export function mayAffectPids(step: Step): boolean {
  if (step instanceof ReplaceStep || step instanceof ReplaceAroundStep) return containsBlocks(step.slice);
  if (step instanceof AttrStep) return step.attr === 'pid';
  const harmless =
    step instanceof AddMarkStep || step instanceof RemoveMarkStep || step instanceof AddNodeMarkStep || step instanceof RemoveNodeMarkStep;
  return !harmless;
}

export function transactionsMayAffectPids(transactions: readonly Transaction[]): boolean {
  return transactions.some((tr) => tr.steps.some(mayAffectPids));
}
