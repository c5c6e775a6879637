import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/**
 * Connects the React side of a feature layer to its ProseMirror plugin, whose extension is built once per
 * document: React publishes data here (it reaches the plugin as transaction meta under `key`), the plugin
 * reports presses back through `handlers`.
 */
export class EditorBridge<Data, Handlers> {
  private views = new Set<EditorView>();
  private revealer: ((pid: string) => void) | null = null;
  /** A paragraph asked for before the editor existed (a link followed while the text was loading). */
  private pendingReveal: string | null = null;

  constructor(
    private readonly key: PluginKey,
    public data: Data,
    public handlers: Handlers,
  ) {}

  /** Where the plugin's reports go from now on. */
  setHandlers(handlers: Handlers): void {
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
   * Scrolls the text to a paragraph, as soon as there is an editor. Not at once: data published in the same
   * render may add widgets above the paragraph, and the scroll must aim at where it ends up.
   */
  reveal(pid: string): void {
    if (!this.revealer) {
      this.pendingReveal = pid;
      return;
    }
    window.setTimeout(() => this.revealer?.(pid));
  }

  /** The top-level block with `pid` in the live editor, or undefined when it is not there. */
  protected blockOf(pid: string): ProseMirrorNode | undefined {
    for (const view of this.views) {
      let found: ProseMirrorNode | undefined;
      view.state.doc.forEach((node) => {
        if (found === undefined && node.attrs.pid === pid) found = node;
      });
      return found;
    }
    return undefined;
  }

  publish(data: Data): void {
    this.data = data;
    for (const view of this.views) {
      if (view.isDestroyed) continue;
      view.dispatch(view.state.tr.setMeta(this.key, { data }).setMeta('addToHistory', false));
    }
  }
}
