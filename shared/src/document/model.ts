/** The marks a run of text may carry, in the order runs list them. */
export const TEXT_MARKS = ['bold', 'italic'] as const;

export type TextMark = (typeof TEXT_MARKS)[number];

/** A stretch of a block's text with one formatting. */
export interface TextRun {
  text: string;
  marks: TextMark[];
}

/** One top-level block of a document, whatever it was read from. */
export interface ModelBlock {
  /** The paragraph id of a negotiable block; null for the title and for blocks not given one yet. */
  pid: string | null;
  /** The node type name: "operativeParagraph", "subPoint", "title", … */
  type: string;
  /** Sub-point level (1 or 2); null for every other type. */
  level: number | null;
  /** How lists and references name the block ("PP3", "OP12(a)", "¶4"); null when it is not numbered. */
  number: string | null;
  /** What the margin shows ("PP3", "12.", "(a)"); null when it is not numbered. */
  margin: string | null;
  /** The text with its formatting: neighbouring runs never share the same marks, and none is empty. */
  runs: TextRun[];
  /** The plain text: the runs joined. */
  text: string;
}

/** A document as every reader of its text sees it: the top-level blocks in order, numbered. */
export interface DocumentModel {
  blocks: ModelBlock[];
}

/** A block as an adapter reads it, before the document around it numbers it. */
export type UnnumberedBlock = Omit<ModelBlock, 'number' | 'margin'>;
