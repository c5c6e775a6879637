import type { Editor } from '@tiptap/core';
import { documentBlocks, numberDocumentBlocks } from '../editor/documentBlocks.ts';
import { useDocumentDerived } from '../hooks/useDocumentDerived.ts';

export interface LiveParagraph {
  pid: string;
  /** "OP3", "PP2", "OP3(a)"; empty for headings and the title. */
  label: string;
  text: string;
  /** Position in the document, to sort by. */
  order: number;
}

function paragraphsOf(editor: Editor): Map<string, LiveParagraph> {
  const blocks = documentBlocks(editor.state.doc);
  const numbers = numberDocumentBlocks(blocks);
  const paragraphs = new Map<string, LiveParagraph>();
  blocks.forEach((block, order) => {
    if (block.pid) paragraphs.set(block.pid, { pid: block.pid, label: numbers.get(block.pid)?.label ?? '', text: block.text, order });
  });
  return paragraphs;
}

/** The live text and number of every paragraph, by pid; recomputed at most once per frame. */
export function useParagraphs(editor: Editor): Map<string, LiveParagraph> {
  return useDocumentDerived(editor, paragraphsOf);
}
