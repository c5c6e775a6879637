import type { Node as ProsemirrorNode } from '@tiptap/pm/model';
import { blockIdentity } from './blockIdentity.ts';
import type { DocumentModel, UnnumberedBlock } from './model.ts';
import { numberedModel } from './numberedModel.ts';
import type { NumberingBaseline } from '../numbering/frozenNumbers.ts';
import { TextRunCollector } from './textRuns.ts';

/** The document model of a ProseMirror document node (an editor's `state.doc`). */
export function modelFromProsemirrorNode(doc: ProsemirrorNode, baseline?: NumberingBaseline | null): DocumentModel {
  const blocks: UnnumberedBlock[] = [];
  doc.forEach((node) => blocks.push(blockFromProsemirrorNode(node)));
  return numberedModel(blocks, baseline);
}

/** One top-level block node, not yet numbered. */
export function blockFromProsemirrorNode(node: ProsemirrorNode): UnnumberedBlock {
  const type = node.type.name;
  const runs = new TextRunCollector();
  node.descendants((child) => {
    if (child.isText)
      runs.add(
        child.text ?? '',
        child.marks.map((mark) => mark.type.name),
      );
  });
  return { ...blockIdentity(type, (name) => node.attrs[name]), type, runs: runs.runs, text: runs.text };
}
