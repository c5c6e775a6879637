import type { ThreadVisibility } from '@plenary/shared/domain/index';
import type { Thread, ThreadStatus } from '../api/threads.ts';
import type { SelectedSpan } from './spanAnchor.ts';

/** A thread about to be opened: on a paragraph, optionally on a span of it. */
export interface ThreadDraft {
  pid: string;
  anchor: SelectedSpan['anchor'] | null;
}

export interface ThreadFilters {
  /** Threads in which this stakeholder wrote ('' = anyone). */
  stakeholder: string;
  visibility: ThreadVisibility | '';
  status: ThreadStatus | '';
}

export interface CommentLayerState {
  threads: readonly Thread[];
  loaded: boolean;
  loadError: string | null;
  /** The thread open (expanded) in the panel. */
  activeThreadId: string | null;
  /** The paragraph the reader is in: the caret's, or the one whose marker they clicked. */
  currentPid: string | null;
  scope: 'paragraph' | 'document';
  filters: ThreadFilters;
  draft: ThreadDraft | null;
  /** A one-off message for the panel ("That thread is not available"). */
  notice: string | null;
  /**
   * A request to bring the panel forward and scroll to a paragraph (if any), with a counter so that asking
   * twice does it twice. The editor carries it out whenever it is ready.
   */
  reveal: { pid: string | null; seq: number } | null;
}

const INITIAL: CommentLayerState = {
  threads: [],
  loaded: false,
  loadError: null,
  activeThreadId: null,
  currentPid: null,
  scope: 'document',
  filters: { stakeholder: '', visibility: '', status: '' },
  draft: null,
  notice: null,
  reveal: null,
};

/**
 * The comment layer's state outside React, shared by the panel (through useSyncExternalStore) and the editor
 * plugin (markers, spans, the Comment button), which lives for the whole document.
 */
export class CommentStore {
  private state = INITIAL;
  private readonly listeners = new Set<() => void>();
  /** Unsent text of the forms (new thread, replies, edits), kept when the panel is hidden or a send fails. */
  readonly unsent = new Map<string, string>();

  getState = (): CommentLayerState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  update(patch: Partial<CommentLayerState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  setThreads(threads: readonly Thread[]): void {
    this.update({ threads, loaded: true, loadError: null });
  }

  upsertThread(thread: Thread): void {
    const { threads } = this.state;
    const index = threads.findIndex((t) => t.id === thread.id);
    this.update({ threads: index === -1 ? [...threads, thread] : threads.map((t, i) => (i === index ? thread : t)) });
  }

  removeThread(threadId: string): void {
    const { threads, activeThreadId } = this.state;
    this.update({
      threads: threads.filter((t) => t.id !== threadId),
      activeThreadId: activeThreadId === threadId ? null : activeThreadId,
    });
  }

  /** Opens one thread in the panel, on its paragraph. */
  openThread(threadId: string): void {
    const thread = this.state.threads.find((t) => t.id === threadId);
    if (!thread) return;
    this.update({ activeThreadId: threadId, currentPid: thread.pid, scope: 'paragraph', notice: null });
  }

  /** Shows a paragraph's threads, the first open one expanded. */
  openParagraph(pid: string): void {
    const threads = this.state.threads.filter((t) => t.pid === pid);
    const first = threads.find((t) => t.status === 'open') ?? threads[0];
    this.update({ currentPid: pid, scope: 'paragraph', activeThreadId: first?.id ?? null, notice: null });
  }

  toggleThread(threadId: string): void {
    this.update({ activeThreadId: this.state.activeThreadId === threadId ? null : threadId });
  }

  startDraft(draft: ThreadDraft): void {
    this.update({ draft, currentPid: draft.pid, notice: null });
  }

  reveal(pid: string | null): void {
    this.update({ reveal: { pid, seq: (this.state.reveal?.seq ?? 0) + 1 } });
  }
}
