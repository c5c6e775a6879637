export { numberBlocks, type BlockNumber, type NumberableBlock } from './blockNumbers.ts';
export { insertionLabel, alternativeLabel } from './insertionLabels.ts';
export { subPointLetter, romanNumeral } from './sequences.ts';
export { frozenNumbers, deletedNumbers, type BaselineBlock, type DeletedNumber, type NumberingBaseline } from './frozenNumbers.ts';
export { currentNumbers } from './currentNumbers.ts';
