import type { Editor } from '@tiptap/core';
import { useEffect, useState } from 'react';
import type { Transaction } from '@tiptap/pm/state';
import { NUMBERING_CHANGED } from '../editor/numbering.ts';

/**
 * A value computed from the editor's document, kept current as the text changes. Recomputing once per
 * animation frame is enough however fast remote updates arrive.
 */
export function useDocumentDerived<T>(editor: Editor, compute: (editor: Editor) => T): T {
  const [value, setValue] = useState<T>(() => compute(editor));

  useEffect(() => {
    let frame = 0;
    const schedule = ({ transaction }: { transaction: Transaction }) => {
      if (!(transaction.docChanged || transaction.getMeta(NUMBERING_CHANGED)) || frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (!editor.isDestroyed) setValue(compute(editor));
      });
    };
    // Read once from the editor this effect subscribes to: the editor is an external store of its own.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setValue(compute(editor));
    editor.on('transaction', schedule);
    return () => {
      editor.off('transaction', schedule);
      cancelAnimationFrame(frame);
    };
  }, [editor, compute]);

  return value;
}
