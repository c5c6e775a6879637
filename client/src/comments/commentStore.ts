import type { ThreadVisibility } from '@plenary/shared/domain/index';
import type { Thread, ThreadStatus } from '../api/threads.ts';
import { ExternalStore } from '../data/externalStore.ts';
import type { LiveCollection } from '../data/liveCollection.ts';
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

/** What the reader is doing with the comments; the threads themselves are in `CommentStore.threads`. */
export interface CommentLayerState {
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
export class CommentStore extends ExternalStore<CommentLayerState> {
  /** Unsent text of the forms (new thread, replies, edits), kept when the panel is hidden or a send fails. */
  readonly unsent = new Map<string, string>();

  constructor(readonly threads: LiveCollection<Thread>) {
    super(INITIAL);
  }

  update(patch: Partial<CommentLayerState>): void {
    this.set({ ...this.getSnapshot(), ...patch });
  }

  /** Opens one thread in the panel, on its paragraph. */
  openThread(threadId: string): void {
    const thread = this.threads.get(threadId);
    if (!thread) return;
    this.update({ activeThreadId: threadId, currentPid: thread.pid, scope: 'paragraph', notice: null });
  }

  /** Shows a paragraph's threads, the first open one expanded. */
  openParagraph(pid: string): void {
    const threads = this.threads.getSnapshot().items.filter((t) => t.pid === pid);
    const first = threads.find((t) => t.status === 'open') ?? threads[0];
    this.update({ currentPid: pid, scope: 'paragraph', activeThreadId: first?.id ?? null, notice: null });
  }

  toggleThread(threadId: string): void {
    this.update({ activeThreadId: this.getSnapshot().activeThreadId === threadId ? null : threadId });
  }

  /** Closes the thread open in the panel if it is gone (deleted, or no longer readable). */
  forgetMissingThread(): void {
    const { activeThreadId } = this.getSnapshot();
    if (activeThreadId && !this.threads.get(activeThreadId)) this.update({ activeThreadId: null });
  }

  startDraft(draft: ThreadDraft): void {
    this.update({ draft, currentPid: draft.pid, notice: null });
  }

  reveal(pid: string | null): void {
    this.update({ reveal: { pid, seq: (this.getSnapshot().reveal?.seq ?? 0) + 1 } });
  }
}
