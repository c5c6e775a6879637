import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { commentLayerKey, type CommentLayerPluginState } from './commentLayerExtension.ts';

/** The editor's reading of the comment layer (where each span is now), refreshed when it changes. */
export function useCommentLayerState(editor: Editor): CommentLayerPluginState | undefined {
  const [layer, setLayer] = useState(() => commentLayerKey.getState(editor.state));

  useEffect(() => {
    const follow = () => setLayer(commentLayerKey.getState(editor.state));
    follow();
    editor.on('transaction', follow);
    return () => {
      editor.off('transaction', follow);
    };
  }, [editor]);

  return layer;
}
