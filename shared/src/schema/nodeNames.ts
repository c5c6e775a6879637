/** Node type names of the document model. Pure constants: safe to import anywhere. */

export const TITLE = 'title';
export const SECTION_HEADING = 'sectionHeading';
export const PREAMBULAR_PARAGRAPH = 'preambularParagraph';
export const OPERATIVE_PARAGRAPH = 'operativeParagraph';
export const SUB_POINT = 'subPoint';
export const BRIEF_SECTION_HEADING = 'briefSectionHeading';
export const BRIEF_PARAGRAPH = 'briefParagraph';

/** Every node type that carries a `pid` attribute. */
export const NEGOTIABLE_NODE_TYPES = [
  SECTION_HEADING,
  PREAMBULAR_PARAGRAPH,
  OPERATIVE_PARAGRAPH,
  SUB_POINT,
  BRIEF_SECTION_HEADING,
  BRIEF_PARAGRAPH,
] as const;

export type NegotiableNodeType = (typeof NEGOTIABLE_NODE_TYPES)[number];

/** Negotiable blocks that receive a number (PP3, OP12, (a), ¶4). */
export const NUMBERED_NODE_TYPES = [PREAMBULAR_PARAGRAPH, OPERATIVE_PARAGRAPH, SUB_POINT, BRIEF_PARAGRAPH] as const;

/** Paragraph types that sub-points hang under. */
export const SUB_POINT_PARENT_TYPES = [PREAMBULAR_PARAGRAPH, OPERATIVE_PARAGRAPH] as const;

export const BRIEF_SECTION_KINDS = ['context', 'key-messages', 'recommendations', 'evidence', 'other'] as const;

export type BriefSectionKind = (typeof BRIEF_SECTION_KINDS)[number];

/** Deepest sub-point level: (a) is level 1, (i) is level 2. */
export const MAX_SUB_POINT_LEVEL = 2;

const negotiable = new Set<string>(NEGOTIABLE_NODE_TYPES);
const numbered = new Set<string>(NUMBERED_NODE_TYPES);
const subPointParents = new Set<string>(SUB_POINT_PARENT_TYPES);

export function isNegotiableType(type: string): type is NegotiableNodeType {
  return negotiable.has(type);
}

export function isNumberedType(type: string): boolean {
  return numbered.has(type);
}

export function isSubPointParentType(type: string): boolean {
  return subPointParents.has(type);
}
