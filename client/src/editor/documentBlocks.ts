import { modelFromProsemirrorNode, type ModelBlock } from '@plenary/shared/document/index';
import type { BlockNumber } from '@plenary/shared/numbering/index';
import type { Node as PMNode } from '@tiptap/pm/model';
import { currentBaseline } from './numbering.ts';

/** One top-level block of the document as the margin and the outline see it: the model's block and where it sits. */
export interface DocumentBlock extends ModelBlock {
  pos: number;
  size: number;
}

/** The blocks of the text, numbered as the reading shows them (against the last revision). */
export function documentBlocks(doc: PMNode): DocumentBlock[] {
  const { blocks } = modelFromProsemirrorNode(doc, currentBaseline());
  const placed: DocumentBlock[] = [];
  doc.forEach((node, offset, index) => {
    const block = blocks[index];
    if (block) placed.push({ ...block, pos: offset, size: node.nodeSize });
  });
  return placed;
}

/** Paragraph numbers keyed by pid, computed from the live text: never stored in it. */
export function numberDocumentBlocks(blocks: readonly DocumentBlock[]): Map<string, BlockNumber> {
  const numbers = new Map<string, BlockNumber>();
  for (const { pid, number, margin } of blocks) {
    if (pid && number !== null && margin !== null) numbers.set(pid, { label: number, margin });
  }
  return numbers;
}
