import * as Y from 'yjs';
import { blockIdentity } from './blockIdentity.ts';
import type { DocumentModel, UnnumberedBlock } from './model.ts';
import { numberedModel } from './numberedModel.ts';
import type { NumberingBaseline } from '../numbering/frozenNumbers.ts';
import { TextRunCollector } from './textRuns.ts';

/**
 * The document model of a Tiptap collaboration document: fragment `default`, one Y.XmlElement per block
 * (its attributes are the node's), the text in Y.XmlText whose formatting attributes are the marks.
 * Text standing at the root is not a block and is left out (the server refuses such documents anyway).
 */
export function modelFromYDoc(doc: Y.Doc, baseline?: NumberingBaseline | null, fragmentName = 'default'): DocumentModel {
  const blocks: UnnumberedBlock[] = [];
  for (const child of doc.getXmlFragment(fragmentName).toArray()) {
    if (child instanceof Y.XmlElement) blocks.push(blockFromYElement(child));
  }
  return numberedModel(blocks, baseline);
}

/** One block element of a collaboration document, not yet numbered. */
export function blockFromYElement(element: Y.XmlElement): UnnumberedBlock {
  const type = element.nodeName;
  const runs = new TextRunCollector();
  collectText(element, runs);
  return { ...blockIdentity(type, (name) => element.getAttribute(name)), type, runs: runs.runs, text: runs.text };
}

type DeltaOp = { insert: unknown; attributes?: Record<string, unknown> };

function collectText(element: Y.XmlElement, runs: TextRunCollector): void {
  for (const child of element.toArray()) {
    if (child instanceof Y.XmlText) {
      for (const op of child.toDelta() as DeltaOp[]) {
        if (typeof op.insert === 'string') runs.add(op.insert, Object.keys(op.attributes ?? {}));
      }
    } else if (child instanceof Y.XmlElement) {
      collectText(child, runs);
    }
  }
}
