import type { EditorView } from '@tiptap/pm/view';

const SHOWN_MS = 8000;

/** A small live region under the text that says, politely, what a paste turned into. */
export class PasteNotice {
  private readonly element: HTMLElement;
  private timer = 0;

  constructor(view: EditorView) {
    this.element = document.createElement('p');
    this.element.className = 'paste-notice';
    this.element.setAttribute('role', 'status');
    this.element.dataset.testid = 'paste-notice';
    view.dom.after(this.element);
  }

  say(message: string): void {
    window.clearTimeout(this.timer);
    this.element.textContent = message;
    this.timer = window.setTimeout(() => (this.element.textContent = ''), SHOWN_MS);
  }

  destroy(): void {
    window.clearTimeout(this.timer);
    this.element.remove();
  }
}
