import type { EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Thread } from '../api/threads.ts';
import { resolveSpan, type SpanRange } from './spanAnchor.ts';

export interface CommentDecorationInput {
  threads: readonly Thread[];
  activeThreadId: string | null;
  /** What clicking a paragraph's marker does. */
  onMarker: (pid: string) => void;
}

export interface CommentDecorations {
  set: DecorationSet;
  /** Where each anchored thread's words are now; a thread missing here has fallen back to its paragraph. */
  spans: ReadonlyMap<string, SpanRange>;
}

function markerLabel(open: number, total: number, unread: boolean): string {
  const parts = [open === 1 ? '1 open comment thread' : `${open} open comment threads`];
  if (total > open) parts.push(`${total - open} resolved`);
  if (unread) parts.push('something new');
  return parts.join(', ');
}

function marker(pid: string, threads: readonly Thread[], onMarker: (pid: string) => void): HTMLElement {
  const open = threads.filter((t) => t.status === 'open').length;
  const unread = threads.some((t) => t.unread);
  const button = document.createElement('button');
  button.type = 'button';
  button.className = `comment-marker${open === 0 ? ' is-settled' : ''}${unread ? ' has-unread' : ''}`;
  // The count is drawn by CSS from data-count, so the paragraph's text content stays the text.
  button.dataset.count = String(open);
  button.dataset.markerFor = pid;
  button.dataset.testid = 'comment-marker';
  button.setAttribute('aria-label', markerLabel(open, threads.length, unread));
  button.title = markerLabel(open, threads.length, unread);
  button.addEventListener('mousedown', (event) => event.preventDefault());
  button.addEventListener('click', (event) => {
    event.preventDefault();
    onMarker(pid);
  });
  return button;
}

/**
 * A marker in the margin of each commented paragraph (its open threads counted) and a highlight on the words
 * of each open thread (and of the one open in the panel, even when resolved).
 */
export function buildCommentDecorations(state: EditorState, input: CommentDecorationInput): CommentDecorations {
  const blocks = new Map<string, SpanRange & { pos: number }>();
  state.doc.forEach((node, offset) => {
    if (typeof node.attrs.pid === 'string') blocks.set(node.attrs.pid, { pos: offset, from: offset + 1, to: offset + node.nodeSize - 1 });
  });
  const byPid = new Map<string, Thread[]>();
  for (const thread of input.threads) {
    if (!blocks.has(thread.pid)) continue;
    byPid.set(thread.pid, [...(byPid.get(thread.pid) ?? []), thread]);
  }

  const decorations: Decoration[] = [];
  const spans = new Map<string, SpanRange>();
  for (const [pid, threads] of byPid) {
    const block = blocks.get(pid)!;
    const open = threads.filter((t) => t.status === 'open').length;
    const unread = threads.some((t) => t.unread);
    decorations.push(
      Decoration.widget(block.from, () => marker(pid, threads, input.onMarker), {
        side: -1,
        ignoreSelection: true,
        stopEvent: () => true,
        key: `comment-marker:${pid}:${open}:${threads.length}:${unread}`,
      }),
    );
    for (const thread of threads) {
      if (!thread.anchor) continue;
      const span = resolveSpan(state, thread.anchor, block);
      if (!span) continue;
      spans.set(thread.id, span);
      const active = thread.id === input.activeThreadId;
      if (thread.status !== 'open' && !active) continue;
      decorations.push(
        Decoration.inline(span.from, span.to, {
          class: active ? 'comment-span is-active' : 'comment-span',
          'data-thread-id': thread.id,
          'data-testid': 'comment-span',
        }),
      );
    }
  }
  return { set: DecorationSet.create(state.doc, decorations), spans };
}
