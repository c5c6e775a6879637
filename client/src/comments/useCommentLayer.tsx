import { can } from '@plenary/shared/permissions/index';
import type { AnyExtension } from '@tiptap/core';
import { useMemo, useState, useSyncExternalStore } from 'react';
import type { DocumentDetail } from '../api/types.ts';
import { useMe } from '../hooks/session.tsx';
import type { ShowSidebarTab } from '../components/useSidebarTab.ts';
import type { FeatureLayer } from '../proposals/useProposalLayer.tsx';
import { CommentLayer } from './commentLayerExtension.ts';
import { CommentStore } from './commentStore.ts';
import { CommentsPanel } from './CommentsPanel.tsx';
import { useThreadLink } from './useThreadLink.ts';
import { useThreadSync } from './useThreadSync.ts';
import './commentLayer.css';
import './commentsPanel.css';
import './threadMessages.css';

/**
 * Comment threads on this document: margin markers in the text and the threads panel. `showTab` brings the
 * Comments tab forward when the reader acts on a comment in the text or follows a link to a thread.
 */
export function useCommentLayer(document: DocumentDetail, showTab: ShowSidebarTab): FeatureLayer {
  const me = useMe();
  const canComment = can({ role: me.role, stakeholderId: me.stakeholder.id }, 'comment', { kind: document.kind, leadStakeholderIds: [] });
  const [store] = useState(() => new CommentStore());
  const [extensions] = useState<AnyExtension[]>(() => [CommentLayer.configure({ store, canComment, showPanel: () => showTab('comments') })]);
  const state = useSyncExternalStore(store.subscribe, store.getState);
  const refreshThread = useThreadSync(document.id, store);
  useThreadLink(store, state);

  const counts = useMemo(() => {
    const open: Record<string, number> = {};
    for (const thread of state.threads) if (thread.status === 'open') open[thread.pid] = (open[thread.pid] ?? 0) + 1;
    return open;
  }, [state.threads]);

  const panel = useMemo<FeatureLayer['panel']>(
    () => (editor) => (
      <CommentsPanel editor={editor} store={store} documentId={document.id} canComment={canComment} refreshThread={refreshThread} />
    ),
    [store, document.id, canComment, refreshThread],
  );

  return { extensions, counts, panel };
}
