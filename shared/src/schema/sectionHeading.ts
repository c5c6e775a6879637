import { SECTION_HEADING } from './nodeNames.ts';
import { createBlockNode } from './blockNode.ts';
import { pidAttribute } from './blockAttributes.ts';

/** A section heading of the compact ("Objectives and commitments"): has a pid, not numbered. */
export const SectionHeading = createBlockNode({
  name: SECTION_HEADING,
  tag: 'h2',
  defining: true,
  attributes: { pid: pidAttribute() },
});
