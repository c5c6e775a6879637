import { BRIEF_SECTION_HEADING } from './nodeNames.ts';
import { createBlockNode } from './blockNode.ts';
import { briefSectionKindAttribute, pidAttribute } from './blockAttributes.ts';

/** A section heading of an issue brief; `kind` says which standard section it opens. */
export const BriefSectionHeading = createBlockNode({
  name: BRIEF_SECTION_HEADING,
  tag: 'h2',
  defining: true,
  attributes: { pid: pidAttribute(), kind: briefSectionKindAttribute() },
});
