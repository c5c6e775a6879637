import { PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import type { Proposal } from '../api/proposals.ts';

/** What the tracked changes in the text are drawn from. */
export interface TrackedChangesData {
  /** Pending proposals of the document. */
  proposals: readonly Proposal[];
  /** Stakeholder ids whose proposals are hidden from the text. */
  hidden: ReadonlySet<string>;
  /** "Clean text": no tracked changes at all. */
  clean: boolean;
  /** The paragraph the reader is working on (clicked, or holding the caret). */
  activePid: string | null;
  /** The proposal shown in the panel, highlighted in the text too. */
  focusedId: string | null;
  /** Whether the reader may table: the margin "Propose…" button appears only then. */
  canTable: boolean;
  /** Agreed paragraphs take no proposal until they are reopened: no "Propose…" on them. */
  agreedPids: ReadonlySet<string>;
}

/** What the text tells the panel. */
export interface TrackedChangesHandlers {
  propose(pid: string): void;
  focus(proposalId: string, pid: string): void;
  activate(pid: string): void;
}

export const trackedChangesKey = new PluginKey('trackedChanges');

const NO_DATA: TrackedChangesData = {
  proposals: [],
  hidden: new Set(),
  clean: false,
  activePid: null,
  focusedId: null,
  canTable: false,
  agreedPids: new Set(),
};

/**
 * Connects the React side of the proposals layer to the ProseMirror plugin, whose extension is built once
 * per document: React publishes data here (and it reaches the plugin as transaction meta), the plugin
 * reports clicks back through `handlers`.
 */
export class LayerBridge {
  data: TrackedChangesData = NO_DATA;
  handlers: TrackedChangesHandlers = { propose() {}, focus() {}, activate() {} };
  private views = new Set<EditorView>();
  private revealer: ((pid: string) => void) | null = null;
  /** A paragraph asked for before the editor existed (a link followed while the text was loading). */
  private pendingReveal: string | null = null;

  /** Where the plugin's reports go from now on. */
  setHandlers(handlers: TrackedChangesHandlers): void {
    this.handlers = handlers;
  }

  /** `reveal` scrolls this editor to a paragraph. */
  attach(view: EditorView, reveal: (pid: string) => void): void {
    this.views.add(view);
    this.revealer = reveal;
    const pending = this.pendingReveal;
    this.pendingReveal = null;
    // The editor is still being built: scroll right after.
    if (pending) window.setTimeout(() => this.views.has(view) && reveal(pending));
  }

  detach(view: EditorView): void {
    this.views.delete(view);
    if (this.views.size === 0) this.revealer = null;
  }

  /**
   * Scrolls the text to a paragraph, as soon as there is an editor. Not at once: proposals published in the same
   * render add tracked changes above the paragraph, and the scroll must aim at where it ends up.
   */
  reveal(pid: string): void {
    if (!this.revealer) {
      this.pendingReveal = pid;
      return;
    }
    window.setTimeout(() => this.revealer?.(pid));
  }

  /** A paragraph's current text in the live editor, or null when it is not there. */
  textOf(pid: string): string | null {
    for (const view of this.views) {
      let text: string | null = null;
      view.state.doc.forEach((node) => {
        if (text === null && node.attrs.pid === pid) text = node.textContent;
      });
      return text;
    }
    return null;
  }

  publish(data: TrackedChangesData): void {
    this.data = data;
    for (const view of this.views) {
      if (view.isDestroyed) continue;
      view.dispatch(view.state.tr.setMeta(trackedChangesKey, { data }).setMeta('addToHistory', false));
    }
  }
}
