export { numberBlocks, type BlockNumber, type NumberableBlock } from './blockNumbers.ts';
export { insertionLabel, alternativeLabel } from './insertionLabels.ts';
export { subPointLetter, romanNumeral } from './sequences.ts';
