import type { AnyExtension } from '@tiptap/core';
import { useEffect, useMemo, useState } from 'react';
import { useLiveCollection } from '../data/useLiveCollection.ts';
import type { FeatureLayer, LayerContext } from '../editor/layers/featureLayer.ts';
import { usePermissions } from '../hooks/usePermissions.ts';
import { CommentLayer } from './commentLayerExtension.ts';
import { CommentStore } from './commentStore.ts';
import { CommentsPanel } from './CommentsPanel.tsx';
import { threadSource } from './threadSource.ts';
import { useThreadLink } from './useThreadLink.ts';
import './commentLayer.css';
import './commentsPanel.css';
import './threadMessages.css';

/**
 * Comment threads on this document: margin markers in the text and the threads panel. `showPanel` brings the
 * Comments tab forward when the reader acts on a comment in the text or follows a link to a thread.
 */
export function useCommentLayer({ document, showPanel }: LayerContext): FeatureLayer {
  const canComment = usePermissions(document)('comment');
  const threads = useLiveCollection(threadSource(document.id));
  const [store] = useState(() => new CommentStore(threads.collection));
  const [extensions] = useState<AnyExtension[]>(() => [CommentLayer.configure({ store, canComment, showPanel })]);
  useThreadLink(store, threads);
  useEffect(() => store.forgetMissingThread(), [store, threads.items]);

  const counts = useMemo(() => {
    const open: Record<string, number> = {};
    for (const thread of threads.items) if (thread.status === 'open') open[thread.pid] = (open[thread.pid] ?? 0) + 1;
    return open;
  }, [threads.items]);

  const panel = useMemo<FeatureLayer['panel']>(
    () => (editor) => <CommentsPanel editor={editor} store={store} documentId={document.id} canComment={canComment} />,
    [store, document.id, canComment],
  );

  return { extensions, counts, panel };
}
