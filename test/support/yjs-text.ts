import * as Y from 'yjs';
import { blockFromYElement } from '@plenary/shared/document/index';

/** The top-level blocks of a Tiptap collaboration document. */
export function blocks(doc: Y.Doc): Y.XmlElement[] {
  return doc
    .getXmlFragment('default')
    .toArray()
    .filter((n): n is Y.XmlElement => n instanceof Y.XmlElement);
}

export function blockText(block: Y.XmlElement): string {
  return blockFromYElement(block).text;
}

export function findBlock(doc: Y.Doc, pid: string): Y.XmlElement {
  const block = blocks(doc).find((b) => b.getAttribute('pid') === pid);
  if (!block) throw new Error(`No block ${pid}`);
  return block;
}

/** Inserts text into a block's text the way an editor would. */
export function insertText(doc: Y.Doc, pid: string, index: number, text: string): void {
  const block = findBlock(doc, pid);
  let textNode = block.toArray().find((c): c is Y.XmlText => c instanceof Y.XmlText);
  doc.transact(() => {
    if (!textNode) {
      textNode = new Y.XmlText();
      block.insert(0, [textNode]);
    }
    textNode.insert(Math.min(index, textNode.length), text);
  });
}
