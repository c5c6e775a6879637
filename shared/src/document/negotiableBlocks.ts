import type { JSONContent } from '@tiptap/core';
import type { NegotiableNodeType } from '../schema/nodeNames.ts';
import { blockIdentity } from './blockIdentity.ts';
import { modelFromProsemirrorJSON } from './fromProsemirrorJSON.ts';
import type { DocumentModel } from './model.ts';

export interface NegotiableBlock {
  pid: string;
  type: NegotiableNodeType;
  /** Sub-point level (1 or 2); null for every other type. */
  level: number | null;
  text: string;
}

/** The pid of a top-level block, if it is a negotiable block that has one. */
export function pidOf(node: JSONContent): string | null {
  return blockIdentity(node.type ?? '', (name) => node.attrs?.[name]).pid;
}

/** The model's blocks that carry a pid (the negotiable ones), in document order, with their plain text. */
export function modelNegotiableBlocks(model: DocumentModel): NegotiableBlock[] {
  return model.blocks.flatMap(({ pid, type, level, text }) => (pid ? [{ pid, type: type as NegotiableNodeType, level, text }] : []));
}

/**
 * The negotiable blocks of a document (ProseMirror JSON) in document order. Blocks without a pid are
 * left out: run `withUniquePids` on content that may lack them.
 */
export function negotiableBlocks(json: JSONContent): NegotiableBlock[] {
  return modelNegotiableBlocks(modelFromProsemirrorJSON(json));
}
