import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, Selection, TextSelection, type Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { ySyncPluginKey } from '@tiptap/y-tiptap';

type Direction = 'forward' | 'backward';
type Granularity = 'character' | 'word' | 'line' | 'lineboundary';

interface Move {
  direction: Direction;
  granularity: Granularity;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The caret move a key asks for, as in any text field: arrows, with Ctrl (Alt on a Mac) by word, Home and End. */
function moveOf(event: KeyboardEvent): Move | null {
  const byWord = isMac ? event.altKey : event.ctrlKey;
  switch (event.key) {
    case 'ArrowLeft':
      return { direction: 'backward', granularity: byWord ? 'word' : 'character' };
    case 'ArrowRight':
      return { direction: 'forward', granularity: byWord ? 'word' : 'character' };
    case 'ArrowUp':
      return { direction: 'backward', granularity: 'line' };
    case 'ArrowDown':
      return { direction: 'forward', granularity: 'line' };
    case 'Home':
      return { direction: 'backward', granularity: 'lineboundary' };
    case 'End':
      return { direction: 'forward', granularity: 'lineboundary' };
    default:
      return null;
  }
}

/** A change that arrived from the shared document (someone else's typing), not one made in this view. */
function isRemote(tr: Transaction): boolean {
  const sync = tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined;
  return Boolean(sync?.isChangeOrigin);
}

/** Puts the browser's selection where the editor's is (the first paragraph's start if it has none yet). */
function placeDomSelection(view: EditorView): void {
  const selection = document.getSelection();
  if (!selection) return;
  if (selection.anchorNode && view.dom.contains(selection.anchorNode)) return;
  const { state } = view;
  const head = state.selection.$head.parent.inlineContent ? state.selection.head : Selection.atStart(state.doc).head;
  const { node, offset } = view.domAtPos(head);
  selection.collapse(node, offset);
}

/** Takes the browser's selection as the editor's at once, so a shortcut pressed right after acts on it. */
function followDomSelection(view: EditorView): void {
  const selection = document.getSelection();
  if (!selection?.anchorNode || !selection.focusNode || !view.dom.contains(selection.anchorNode)) return;
  if (!view.dom.contains(selection.focusNode)) return;
  const anchor = view.posAtDOM(selection.anchorNode, selection.anchorOffset);
  const head = view.posAtDOM(selection.focusNode, selection.focusOffset);
  const { doc } = view.state;
  if (anchor === view.state.selection.anchor && head === view.state.selection.head) return;
  view.dispatch(view.state.tr.setSelection(TextSelection.between(doc.resolve(anchor), doc.resolve(head))));
}

/** A drawn caret: the browser draws none in text that cannot be edited. */
class ReaderCaretView {
  private readonly caret: HTMLElement;

  constructor(private readonly view: EditorView) {
    this.caret = document.createElement('div');
    this.caret.className = 'reader-caret';
    this.caret.setAttribute('aria-hidden', 'true');
    this.caret.hidden = true;
    document.body.appendChild(this.caret);
    view.dom.addEventListener('focus', this.refresh);
    view.dom.addEventListener('blur', this.refresh);
  }

  readonly refresh = () => {
    const { view } = this;
    const show = !view.editable && document.activeElement === view.dom && view.state.selection.empty;
    this.caret.hidden = !show;
    if (!show) return;
    const coords = view.coordsAtPos(view.state.selection.head);
    this.caret.style.top = `${coords.top + window.scrollY}px`;
    this.caret.style.left = `${coords.left + window.scrollX}px`;
    this.caret.style.height = `${Math.max(coords.bottom - coords.top, 12)}px`;
  };

  update() {
    this.refresh();
  }

  destroy() {
    this.view.dom.removeEventListener('focus', this.refresh);
    this.view.dom.removeEventListener('blur', this.refresh);
    this.caret.remove();
  }
}

/**
 * Caret browsing in the read-only text: a reader tabs into it, moves a caret with the arrow keys and selects
 * words with Shift, to comment on them, without being able to change a letter. The moves go to the browser's
 * own selection (`Selection.modify`), which the editor reads back as its selection; every transaction that
 * would change the text from this view is refused while it is read-only (remote changes still arrive).
 */
export const ReaderCaret = Extension.create({
  name: 'readerCaret',

  addProseMirrorPlugins() {
    let readOnlyView: EditorView | null = null;
    return [
      new Plugin({
        key: new PluginKey('readerCaret'),
        view: (view) => {
          readOnlyView = view;
          return new ReaderCaretView(view);
        },
        props: {
          handleDOMEvents: {
            focus(view) {
              if (!view.editable) placeDomSelection(view);
              return false;
            },
            keydown(view, event) {
              if (view.editable || event.defaultPrevented) return false;
              const move = moveOf(event);
              if (!move) return false;
              placeDomSelection(view);
              document.getSelection()?.modify(event.shiftKey ? 'extend' : 'move', move.direction, move.granularity);
              followDomSelection(view);
              event.preventDefault();
              return true;
            },
          },
        },
        filterTransaction(tr) {
          // Typing, pasting and dropping are already off in a read-only view; this keeps it so for any other path.
          return !tr.docChanged || !readOnlyView || readOnlyView.editable || isRemote(tr);
        },
      }),
    ];
  },
});
