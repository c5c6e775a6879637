import type { ParagraphStatus } from '@plenary/shared/domain/index';
import { PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/** What the margin badges and the lock need from the React side. */
export interface StatusMarginData {
  /** Paragraphs whose status is not open, by pid. */
  statuses: ReadonlyMap<string, ParagraphStatus>;
  /** The reader may change statuses: every paragraph at hand gets a badge, open ones too. */
  canSet: boolean;
  /** The paragraph the status tab shows; null while it is closed. */
  shownPid: string | null;
}

/** What the text tells the React side. */
export interface StatusMarginHandlers {
  /** A badge was pressed. */
  open(pid: string): void;
  /** The caret moved into a numbered paragraph: an open Status tab follows it (the keyboard's way in). */
  select(pid: string): void;
}

export const statusMarginKey = new PluginKey('statusMargin');

export const NO_STATUS_DATA: StatusMarginData = { statuses: new Map(), canSet: false, shownPid: null };

/**
 * Connects the status layer's React state to its ProseMirror plugin, built once per document: data published
 * here reaches the plugin as transaction meta, the plugin reports presses through `handlers`.
 */
export class StatusBridge {
  data: StatusMarginData = NO_STATUS_DATA;
  handlers: StatusMarginHandlers = { open() {}, select() {} };
  private views = new Set<EditorView>();

  setHandlers(handlers: StatusMarginHandlers): void {
    this.handlers = handlers;
  }

  attach(view: EditorView): void {
    this.views.add(view);
  }

  detach(view: EditorView): void {
    this.views.delete(view);
  }

  /** Plugin state that is not data (the lock notice), sent as meta like data. */
  notify(meta: { noticePid: string | null }): void {
    for (const view of this.views) {
      if (!view.isDestroyed) view.dispatch(view.state.tr.setMeta(statusMarginKey, meta).setMeta('addToHistory', false));
    }
  }

  publish(data: StatusMarginData): void {
    this.data = data;
    for (const view of this.views) {
      if (view.isDestroyed) continue;
      view.dispatch(view.state.tr.setMeta(statusMarginKey, { data }).setMeta('addToHistory', false));
    }
  }
}
