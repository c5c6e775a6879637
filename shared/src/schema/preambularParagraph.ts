import { PREAMBULAR_PARAGRAPH } from './nodeNames.ts';
import { createBlockNode } from './blockNode.ts';
import { pidAttribute } from './blockAttributes.ts';

/** A preambular paragraph, numbered PP1, PP2, … */
export const PreambularParagraph = createBlockNode({
  name: PREAMBULAR_PARAGRAPH,
  tag: 'p',
  attributes: { pid: pidAttribute() },
});
