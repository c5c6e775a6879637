import type { ExportBlock } from '../export-document.ts';

/** A sub-point with the sub-points under it. */
export interface PointNode {
  block: ExportBlock;
  points: PointNode[];
}

/** The text as a reader's outline: headings, and paragraphs with their sub-points under them. */
export type TextNode = { kind: 'heading'; block: ExportBlock } | { kind: 'paragraph'; block: ExportBlock; points: PointNode[] };

const HEADINGS = new Set(['sectionHeading', 'briefSectionHeading']);

/** Hangs every sub-point under its paragraph (and a level-2 point under its lettered point), in document order. */
export function textTree(blocks: readonly ExportBlock[]): TextNode[] {
  const nodes: TextNode[] = [];
  let paragraph: Extract<TextNode, { kind: 'paragraph' }> | null = null;
  let lettered: PointNode | null = null;
  for (const block of blocks) {
    if (HEADINGS.has(block.type)) {
      nodes.push({ kind: 'heading', block });
      paragraph = null;
      lettered = null;
    } else if (block.type === 'subPoint' && paragraph) {
      const point = { block, points: [] };
      if ((block.level ?? 1) > 1 && lettered) lettered.points.push(point);
      else {
        paragraph.points.push(point);
        lettered = point;
      }
    } else {
      paragraph = { kind: 'paragraph', block, points: [] };
      lettered = null;
      nodes.push(paragraph);
    }
  }
  return nodes;
}

/** Where the preamble ends: after the last preambular paragraph (the headings before it belong to it). */
export function preambleLength(nodes: readonly TextNode[]): number {
  let end = 0;
  nodes.forEach((node, i) => {
    if (node.kind === 'paragraph' && node.block.type === 'preambularParagraph') end = i + 1;
  });
  return end;
}
