import type { Editor } from '@tiptap/core';
import { documentBlocks, numberDocumentBlocks } from '../editor/documentBlocks.ts';
import { useDocumentDerived } from './useDocumentDerived.ts';

export interface OutlineEntry {
  pid: string;
  type: string;
  /** "OP12", "PP3", "OP12(a)", "¶4"; empty for headings. */
  label: string;
  /** What the margin shows: "12.", "PP3", "(a)". Empty for headings. */
  margin: string;
  text: string;
  heading: boolean;
  level: number;
}

function outlineOf(editor: Editor): OutlineEntry[] {
  const blocks = documentBlocks(editor.state.doc);
  const numbers = numberDocumentBlocks(blocks);
  return blocks.flatMap((block) => {
    if (!block.pid) return [];
    const number = numbers.get(block.pid);
    const heading = !number;
    return [
      {
        pid: block.pid,
        type: block.type,
        label: number?.label ?? '',
        margin: number?.margin ?? '',
        text: block.text,
        heading,
        level: block.type === 'subPoint' ? (block.level ?? 1) : 0,
      },
    ];
  });
}

/** The live list of the document's paragraphs, in order, with their current numbers. */
export function useOutline(editor: Editor): OutlineEntry[] {
  return useDocumentDerived(editor, outlineOf);
}
