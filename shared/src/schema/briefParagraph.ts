import { BRIEF_PARAGRAPH } from './nodeNames.ts';
import { createBlockNode } from './blockNode.ts';
import { pidAttribute } from './blockAttributes.ts';

/** A paragraph of an issue brief, numbered 1, 2, 3 … continuously. */
export const BriefParagraph = createBlockNode({
  name: BRIEF_PARAGRAPH,
  tag: 'p',
  attributes: { pid: pidAttribute() },
});
