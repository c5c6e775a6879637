import type { Editor } from '@tiptap/react';
import { useMemo, useSyncExternalStore } from 'react';
import { useCollectionSnapshot } from '../data/useLiveCollection.ts';
import { useOutline } from '../hooks/useOutline.ts';
import { isSpanDetached } from './commentLayerExtension.ts';
import type { CommentStore } from './commentStore.ts';
import { useCommentLayerState } from './useCommentLayerState.ts';
import { NewThreadForm } from './NewThreadForm.tsx';
import { ThreadCard } from './ThreadCard.tsx';
import { ThreadFiltersBar } from './ThreadFiltersBar.tsx';
import { visibleThreads } from './threadFilter.ts';

interface Props {
  editor: Editor;
  store: CommentStore;
  documentId: string;
  canComment: boolean;
}

/** The Comments tab: the threads of the current paragraph or of the whole document, and the new-thread form. */
export function CommentsPanel({ editor, store, documentId, canComment }: Props) {
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const all = useCollectionSnapshot(store.threads);
  const outline = useOutline(editor);
  const layer = useCommentLayerState(editor);
  const labels = useMemo(() => new Map(outline.map((entry) => [entry.pid, entry.label || 'Heading'])), [outline]);
  const order = useMemo(() => new Map(outline.map((entry, index) => [entry.pid, index])), [outline]);
  const threads = useMemo(() => visibleThreads(all.items, state, order), [all.items, state, order]);
  const current = state.currentPid ? labels.get(state.currentPid) : undefined;
  const { scope } = state;

  return (
    <div className="comments-panel" data-testid="comments-panel">
      <div className="comments-panel__scope" role="group" aria-label="Which threads">
        <button
          type="button"
          aria-pressed={scope === 'paragraph'}
          disabled={!current}
          onClick={() => store.update({ scope: 'paragraph' })}
          data-testid="comments-scope-paragraph"
        >
          {current ? `This paragraph (${current})` : 'This paragraph'}
        </button>
        <button
          type="button"
          aria-pressed={scope === 'document'}
          onClick={() => store.update({ scope: 'document' })}
          data-testid="comments-scope-document"
        >
          Whole document
        </button>
      </div>
      <ThreadFiltersBar store={store} threads={all.items} filters={state.filters} />

      {state.notice && (
        <p className="comments-panel__notice" role="status">
          {state.notice}
        </p>
      )}
      {state.draft ? (
        <NewThreadForm
          key={`${state.draft.pid}:${state.draft.anchor?.start ?? ''}`}
          store={store}
          draft={state.draft}
          documentId={documentId}
          label={labels.get(state.draft.pid) ?? 'this paragraph'}
        />
      ) : (
        canComment &&
        state.currentPid &&
        current && (
          <button
            type="button"
            className="button button--secondary comments-panel__new"
            onClick={() => store.startDraft({ pid: state.currentPid!, anchor: null })}
            data-testid="comment-paragraph"
          >
            Comment on {current}
          </button>
        )
      )}

      {all.error && (
        <p className="comments-panel__error" role="alert">
          The comments could not be loaded: {all.error.message}
        </p>
      )}
      {!all.loaded && !all.error && <p className="comments-panel__empty">Loading comments…</p>}
      {all.loaded && threads.length === 0 && (
        <p className="comments-panel__empty">
          {all.items.length === 0
            ? canComment
              ? 'No comments yet. Select words in the text and press Comment, or comment on a whole paragraph.'
              : 'No comments yet.'
            : 'No threads match.'}
        </p>
      )}
      <ol className="comments-panel__threads">
        {threads.map((thread) => (
          <li key={thread.id}>
            <ThreadCard
              thread={thread}
              label={labels.get(thread.pid)}
              active={thread.id === state.activeThreadId}
              store={store}
              detached={isSpanDetached(layer, thread)}
            />
          </li>
        ))}
      </ol>
    </div>
  );
}
