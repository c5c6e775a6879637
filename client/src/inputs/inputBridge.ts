import { PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import type { TechnicalInput } from '../api/inputs.ts';

/** What the input cards in the text are drawn from. */
export interface InputCardsData {
  /** False on the compact: no cards and no margin button at all. */
  enabled: boolean;
  /** The undecided inputs of the brief. */
  inputs: readonly TechnicalInput[];
  /** The reader's agency may submit an input now: the margin "Technical input" button appears only then. */
  canSubmit: boolean;
  /** The input shown in the panel, highlighted in the text too. */
  focusedId: string | null;
}

/** What the text tells the panel. */
export interface InputCardsHandlers {
  submit(pid: string): void;
  focus(inputId: string, pid: string): void;
}

export const inputCardsKey = new PluginKey('inputCards');

const NO_DATA: InputCardsData = { enabled: false, inputs: [], canSubmit: false, focusedId: null };

/**
 * Connects the React side of the inputs layer to its ProseMirror plugin, built once per document: data published
 * here reaches the plugin as transaction meta, the plugin reports presses back through `handlers`.
 */
export class InputBridge {
  data: InputCardsData = NO_DATA;
  handlers: InputCardsHandlers = { submit() {}, focus() {} };
  private views = new Set<EditorView>();
  private revealer: ((pid: string) => void) | null = null;
  private pendingReveal: string | null = null;

  setHandlers(handlers: InputCardsHandlers): void {
    this.handlers = handlers;
  }

  attach(view: EditorView, reveal: (pid: string) => void): void {
    this.views.add(view);
    this.revealer = reveal;
    const pending = this.pendingReveal;
    this.pendingReveal = null;
    if (pending) window.setTimeout(() => this.views.has(view) && reveal(pending));
  }

  detach(view: EditorView): void {
    this.views.delete(view);
    if (this.views.size === 0) this.revealer = null;
  }

  /** Scrolls the text to a paragraph as soon as there is an editor (a link followed while the text loads). */
  reveal(pid: string): void {
    if (!this.revealer) {
      this.pendingReveal = pid;
      return;
    }
    window.setTimeout(() => this.revealer?.(pid));
  }

  /** A block's node type in the live editor ("briefParagraph", "briefSectionHeading"), or undefined. */
  typeOf(pid: string): string | undefined {
    for (const view of this.views) {
      let type: string | undefined;
      view.state.doc.forEach((node) => {
        if (type === undefined && node.attrs.pid === pid) type = node.type.name;
      });
      return type;
    }
    return undefined;
  }

  publish(data: InputCardsData): void {
    this.data = data;
    for (const view of this.views) {
      if (view.isDestroyed) continue;
      view.dispatch(view.state.tr.setMeta(inputCardsKey, { data }).setMeta('addToHistory', false));
    }
  }
}
