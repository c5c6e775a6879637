import { numberBlocks, type BlockNumber } from '@plenary/shared/numbering/index';
import type { Node as PMNode } from '@tiptap/pm/model';

/** One top-level block of the document as the margin and the outline see it. */
export interface DocumentBlock {
  pid: string | null;
  type: string;
  level: number | null;
  pos: number;
  size: number;
  text: string;
}

export function documentBlocks(doc: PMNode): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  doc.forEach((node, offset) => {
    blocks.push({
      pid: typeof node.attrs.pid === 'string' ? node.attrs.pid : null,
      type: node.type.name,
      level: typeof node.attrs.level === 'number' ? node.attrs.level : null,
      pos: offset,
      size: node.nodeSize,
      text: node.textContent,
    });
  });
  return blocks;
}

/** Paragraph numbers keyed by pid, computed from the live text: never stored in it. */
export function numberDocumentBlocks(blocks: readonly DocumentBlock[]): Map<string, BlockNumber> {
  const numberable = blocks.flatMap((block) =>
    block.pid ? [{ pid: block.pid, type: block.type, level: block.level }] : [],
  );
  return numberBlocks(numberable);
}
