export { TEXT_MARKS, type DocumentModel, type ModelBlock, type TextMark, type TextRun, type UnnumberedBlock } from './model.ts';
export { modelFromProsemirrorJSON, blockFromProsemirrorJSON } from './fromProsemirrorJSON.ts';
export { modelFromProsemirrorNode, blockFromProsemirrorNode } from './fromProsemirrorNode.ts';
export { modelFromYDoc, blockFromYElement } from './fromYDoc.ts';
export { findBlock } from './findBlock.ts';
export { negotiableBlocks, modelNegotiableBlocks, pidOf, type NegotiableBlock } from './negotiableBlocks.ts';
export { documentParagraphs, modelParagraphs, type DocumentParagraph } from './documentParagraphs.ts';
export { withUniquePids } from './withUniquePids.ts';
export { findBracketSpans, type BracketSpan } from './bracketSpans.ts';
