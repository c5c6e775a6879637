import type { DocumentModel, ModelBlock } from './model.ts';

/** The block with this pid, or undefined. */
export function findBlock(model: DocumentModel, pid: string): ModelBlock | undefined {
  return model.blocks.find((block) => block.pid === pid);
}
