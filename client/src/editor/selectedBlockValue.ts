import type { Editor } from '@tiptap/core';
import { blockTypeValue } from './blockTypes.ts';

/** The paragraph-type menu value for the selection, or '' when it spans blocks of different types. */
export function selectedBlockValue(editor: Editor): string {
  const { doc, selection } = editor.state;
  const values = new Set<string>();
  doc.nodesBetween(selection.from, selection.to, (node) => {
    if (node.isTextblock) values.add(blockTypeValue(node.type.name, node.attrs));
    return !node.isTextblock;
  });
  if (values.size !== 1) return '';
  const [only = ''] = values;
  return only;
}
