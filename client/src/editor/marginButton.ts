import type { EditorState } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

interface MarginButtonProps {
  /** The class of the zero-height anchor (`<name>-anchor`) and of its button (`<name>-anchor__button`). */
  name: string;
  text: string;
  testId: string;
  pid: string;
  ariaLabel: string;
  title?: string;
  /** Set for a toggle. */
  pressed?: boolean;
  /** Makes the button a link, so that it can also be opened in a new tab. */
  href?: string;
  onPress: (pid: string) => void;
}

/** A button in the margin of a paragraph, as a widget outside React; pressing it never moves the caret. */
export function marginButtonWidget({ name, text, testId, pid, ariaLabel, title, pressed, href, onPress }: MarginButtonProps): HTMLElement {
  const anchor = document.createElement('div');
  anchor.className = `${name}-anchor`;
  const button = href === undefined ? document.createElement('button') : document.createElement('a');
  if (button instanceof HTMLButtonElement) button.type = 'button';
  else button.href = href!;
  button.className = `${name}-anchor__button`;
  button.textContent = text;
  button.dataset.testid = testId;
  button.dataset.forPid = pid;
  if (pressed !== undefined) button.setAttribute('aria-pressed', String(pressed));
  button.setAttribute('aria-label', ariaLabel);
  if (title) button.title = title;
  // Keep the caret where it is: a mousedown on the button would otherwise move it.
  button.addEventListener('mousedown', (event) => event.preventDefault());
  button.addEventListener('click', (event) => {
    // A link opened in a new tab or window is the browser's to follow.
    if (href !== undefined && event instanceof MouseEvent && (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0))
      return;
    event.preventDefault();
    onPress(pid);
  });
  anchor.append(button);
  return anchor;
}

/** The pid of the top-level block holding the caret (or the start of the selection). */
export function caretPid(state: EditorState): string | null {
  const $from = state.selection.$from;
  const pid = $from.depth >= 1 ? ($from.node(1).attrs.pid as unknown) : null;
  return typeof pid === 'string' ? pid : null;
}

/** The pid of the top-level block an event happened in, if any. */
export function blockPidAt(view: EditorView, target: EventTarget | null): string | null {
  if (!(target instanceof Element)) return null;
  let node: Element | null = target;
  while (node && node.parentElement !== view.dom) node = node.parentElement;
  return node?.getAttribute('data-pid') ?? null;
}
