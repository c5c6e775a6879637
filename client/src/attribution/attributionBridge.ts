import { PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/** What the margin button needs from the React side. */
export interface AttributionMarginData {
  /** The paragraph whose writers the open panel shows; null while the panel is closed. */
  shownPid: string | null;
}

/** What the text tells the React side. */
export interface AttributionMarginHandlers {
  /** The margin button was pressed on a paragraph. */
  toggle(pid: string): void;
  /** The caret moved into a numbered paragraph. */
  select(pid: string): void;
}

export const attributionMarginKey = new PluginKey('attributionMargin');

/**
 * Connects the attribution layer's React state to its ProseMirror plugin, which is built once per document:
 * data published here reaches the plugin as transaction meta, the plugin reports back through `handlers`.
 */
export class AttributionBridge {
  data: AttributionMarginData = { shownPid: null };
  handlers: AttributionMarginHandlers = { toggle() {}, select() {} };
  private views = new Set<EditorView>();

  /** Where the plugin's reports go from now on. */
  setHandlers(handlers: AttributionMarginHandlers): void {
    this.handlers = handlers;
  }

  attach(view: EditorView): void {
    this.views.add(view);
  }

  detach(view: EditorView): void {
    this.views.delete(view);
  }

  publish(data: AttributionMarginData): void {
    if (data.shownPid === this.data.shownPid) return;
    this.data = data;
    for (const view of this.views) {
      if (view.isDestroyed) continue;
      view.dispatch(view.state.tr.setMeta(attributionMarginKey, { data }).setMeta('addToHistory', false));
    }
  }
}
