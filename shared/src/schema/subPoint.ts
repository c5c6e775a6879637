import { SUB_POINT } from './nodeNames.ts';
import { createBlockNode } from './blockNode.ts';
import { pidAttribute, subPointLevelAttribute } from './blockAttributes.ts';

/** A sub-point: a flat sibling after its paragraph, lettered (a) at level 1 and (i) at level 2. */
export const SubPoint = createBlockNode({
  name: SUB_POINT,
  tag: 'p',
  attributes: { pid: pidAttribute(), level: subPointLevelAttribute() },
});
