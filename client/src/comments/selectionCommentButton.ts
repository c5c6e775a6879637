import type { EditorView } from '@tiptap/pm/view';
import { titleWithShortcut } from '../lib/shortcut.ts';
import { selectedSpan } from './spanAnchor.ts';

export const COMMENT_SHORTCUT = 'Mod-Alt-m';

function isCommentShortcut(event: KeyboardEvent): boolean {
  // `code`, not `key`: Alt turns M into µ on some keyboards.
  return (event.ctrlKey || event.metaKey) && event.altKey && !event.shiftKey && event.code === 'KeyM';
}

function selectionInside(view: EditorView): boolean {
  const selection = document.getSelection();
  return Boolean(selection && !selection.isCollapsed && selection.anchorNode && view.dom.contains(selection.anchorNode));
}

/**
 * The small "Comment" button that floats above selected words, and the Mod-Alt-M shortcut that does the same.
 * Works in read-only editors too: readers select text as well as writers do, with the mouse or the keyboard.
 */
export class SelectionCommentButton {
  private readonly button: HTMLButtonElement;
  private frame = 0;

  constructor(
    private readonly view: EditorView,
    private readonly onComment: (view: EditorView) => void,
  ) {
    this.button = document.createElement('button');
    this.button.type = 'button';
    this.button.className = 'comment-float';
    this.button.dataset.testid = 'comment-button';
    this.button.textContent = 'Comment';
    this.button.title = titleWithShortcut('Comment on the selected words', COMMENT_SHORTCUT);
    this.button.hidden = true;
    // Keep the selection: a mousedown on the button would otherwise collapse it.
    this.button.addEventListener('mousedown', (event) => event.preventDefault());
    this.button.addEventListener('click', () => this.comment());
    // Right after the text in the document, so that Tab from selected words reaches it.
    view.dom.after(this.button);
    document.addEventListener('selectionchange', this.schedule);
    document.addEventListener('keydown', this.onKeyDown);
  }

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (!isCommentShortcut(event) || !selectionInside(this.view)) return;
    event.preventDefault();
    this.comment();
  };

  private comment() {
    if (!selectedSpan(this.view.state)) return;
    this.button.hidden = true;
    this.onComment(this.view);
  }

  readonly schedule = () => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.place();
    });
  };

  private place() {
    const { state } = this.view;
    if (state.selection.empty || !selectionInside(this.view) || !selectedSpan(state)) {
      this.button.hidden = true;
      return;
    }
    const start = this.view.coordsAtPos(state.selection.from);
    const end = this.view.coordsAtPos(state.selection.to);
    this.button.hidden = false;
    const container = this.button.offsetParent ?? document.documentElement;
    const origin = (container === document.body ? document.documentElement : container).getBoundingClientRect();
    const top = Math.min(start.top, end.top) - origin.top - this.button.offsetHeight - 6;
    const left = (start.left + end.left) / 2 - origin.left - this.button.offsetWidth / 2;
    this.button.style.top = `${Math.max(top, 8 - origin.top)}px`;
    this.button.style.left = `${Math.max(left, 8 - origin.left)}px`;
  }

  destroy() {
    cancelAnimationFrame(this.frame);
    document.removeEventListener('selectionchange', this.schedule);
    document.removeEventListener('keydown', this.onKeyDown);
    this.button.remove();
  }
}
