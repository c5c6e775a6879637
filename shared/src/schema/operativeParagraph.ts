import { OPERATIVE_PARAGRAPH } from './nodeNames.ts';
import { createBlockNode } from './blockNode.ts';
import { pidAttribute } from './blockAttributes.ts';

/** An operative paragraph, numbered 1, 2, 3 … continuously across sections. */
export const OperativeParagraph = createBlockNode({
  name: OPERATIVE_PARAGRAPH,
  tag: 'p',
  attributes: { pid: pidAttribute() },
});
