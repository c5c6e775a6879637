import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import type { Thread } from '../api/threads.ts';
import { revealParagraph } from '../editor/paragraphSpotlight.ts';
import { buildCommentDecorations, type CommentDecorations } from './commentDecorations.ts';
import type { CommentStore } from './commentStore.ts';
import { SelectionCommentButton } from './selectionCommentButton.ts';
import { selectedSpan } from './spanAnchor.ts';

export interface CommentLayerPluginState extends CommentDecorations {
  threads: readonly Thread[];
  activeThreadId: string | null;
}

type Meta = Pick<CommentLayerPluginState, 'threads' | 'activeThreadId'>;

export const commentLayerKey = new PluginKey<CommentLayerPluginState>('commentLayer');

/** Remote edits arrive through the Yjs binding, whose position mapping is current only then. */
function isRemoteChange(tr: { getMeta(key: PluginKey): unknown }): boolean {
  const meta = tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined;
  return Boolean(meta?.isChangeOrigin);
}

function pidAtSelection(state: EditorState): string | null {
  const $head = state.selection.$head;
  if ($head.depth < 1) return null;
  const pid = $head.node(1).attrs.pid as unknown;
  return typeof pid === 'string' ? pid : null;
}

export interface CommentLayerOptions {
  store: CommentStore | null;
  canComment: boolean;
  /** Brings the Comments tab of the sidebar forward. */
  showPanel: () => void;
}

/**
 * Draws the comment layer into the live editor (margin markers, highlighted spans) from the store, never into
 * the Y.Doc, and turns selections into new threads.
 */
export const CommentLayer = Extension.create<CommentLayerOptions>({
  name: 'commentLayer',

  addOptions() {
    return { store: null, canComment: false, showPanel: () => {} };
  },

  addProseMirrorPlugins() {
    const { store, canComment, showPanel } = this.options;
    const editor = this.editor;
    if (!store) return [];
    const onMarker = (pid: string) => {
      store.openParagraph(pid);
      showPanel();
    };
    const build = (state: EditorState, meta: Meta): CommentLayerPluginState => ({
      ...meta,
      ...buildCommentDecorations(state, { ...meta, onMarker }),
    });

    return [
      new Plugin<CommentLayerPluginState>({
        key: commentLayerKey,
        state: {
          init: (_config, state) => build(state, { threads: [], activeThreadId: null }),
          apply(tr, previous, _old, state) {
            const meta = tr.getMeta(commentLayerKey) as Meta | undefined;
            if (meta) return build(state, meta);
            if (isRemoteChange(tr)) return build(state, previous);
            if (!tr.docChanged) return previous;
            return { ...previous, set: previous.set.map(tr.mapping, tr.doc) };
          },
        },
        props: {
          decorations: (state) => commentLayerKey.getState(state)?.set,
          handleClick(_view, _pos, event) {
            const span = (event.target as HTMLElement | null)?.closest?.('.comment-span');
            const threadId = span?.getAttribute('data-thread-id');
            if (!threadId) return false;
            store.openThread(threadId);
            showPanel();
            return false;
          },
        },
        view(view) {
          const current = (): Meta => ({ threads: store.threads.getSnapshot().items, activeThreadId: store.getSnapshot().activeThreadId });
          const push = (target: EditorView) => {
            target.dispatch(target.state.tr.setMeta(commentLayerKey, current()).setMeta('addToHistory', false));
          };
          let refresh = 0;
          let lastReveal = 0;
          const carryOutReveal = () => {
            const { reveal } = store.getSnapshot();
            if (!reveal || reveal.seq === lastReveal) return;
            lastReveal = reveal.seq;
            showPanel();
            if (reveal.pid) revealParagraph(editor, reveal.pid);
          };
          const button = canComment
            ? new SelectionCommentButton(view, (target) => {
                const span = selectedSpan(target.state);
                if (!span) return;
                store.startDraft({ pid: span.pid, anchor: span.anchor });
                showPanel();
              })
            : null;
          const follow = () => {
            const drawn = commentLayerKey.getState(view.state);
            const { threads, activeThreadId } = current();
            if (drawn && (drawn.threads !== threads || drawn.activeThreadId !== activeThreadId)) push(view);
            carryOutReveal();
          };
          const unsubscribe = [store.subscribe(follow), store.threads.subscribe(follow)];
          // The editor is still being built: hand it the threads it may have missed right after.
          const initial = window.setTimeout(() => {
            if (editor.isDestroyed) return;
            push(view);
            carryOutReveal();
          });
          return {
            update(updated, previous) {
              button?.schedule();
              const pid = pidAtSelection(updated.state);
              if (pid && !updated.state.selection.eq(previous.selection) && pid !== store.getSnapshot().currentPid) {
                store.update({ currentPid: pid });
              }
              // After a local edit, re-read the anchors once the Yjs binding has caught up (mapping is close already).
              if (updated.state.doc !== previous.doc && !refresh) {
                refresh = window.setTimeout(() => {
                  refresh = 0;
                  if (!editor.isDestroyed) push(updated);
                }, 250);
              }
            },
            destroy() {
              window.clearTimeout(refresh);
              window.clearTimeout(initial);
              unsubscribe.forEach((stop) => stop());
              button?.destroy();
            },
          };
        },
      }),
    ];
  },
});

/** Whether a thread's words are gone from the text, so that it now applies to its whole paragraph. */
export function isSpanDetached(layer: CommentLayerPluginState | undefined, thread: Thread): boolean {
  if (!thread.anchor) return false;
  // Until the editor has drawn this thread, trust the server's reading.
  if (!layer?.threads.some((t) => t.id === thread.id)) return thread.anchor.detached;
  return !layer.spans.has(thread.id);
}
