export { tokenize } from './tokenize.ts';
export { diffWords, type DiffOp } from './diff-words.ts';
export { rebaseProposal, type RebaseConflict, type RebaseResult } from './rebase.ts';
export { applyTextChange, applySplices, type TextSplice } from './text-change.ts';
