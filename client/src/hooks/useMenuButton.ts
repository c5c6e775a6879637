import { useCallback, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useDismiss } from './useDismiss.ts';

/**
 * A WAI-ARIA menu button: Enter, Space or the arrow keys on the button open the menu with the focus on its
 * first (or last) item; the arrows, Home and End move between items; Escape gives the focus back to the
 * button; a click outside closes it.
 */
export function useMenuButton() {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, close, root);

  const menuItems = () => [...(root.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)') ?? [])];

  // The focus moves in the same commit that shows the menu, so no keystroke can land in between.
  const focusOnOpen = useRef<'first' | 'last' | null>(null);
  useLayoutEffect(() => {
    if (!open || !focusOnOpen.current) return;
    const items = menuItems();
    (focusOnOpen.current === 'first' ? items[0] : items.at(-1))?.focus();
    focusOnOpen.current = null;
  }, [open]);

  function openWithFocus(which: 'first' | 'last') {
    focusOnOpen.current = which;
    setOpen(true);
  }

  function onButtonClick(event: MouseEvent<HTMLButtonElement>) {
    if (open) setOpen(false);
    // A click from the keyboard (Enter, Space) carries no pointer detail: take focus into the menu.
    else if (event.detail === 0) openWithFocus('first');
    else setOpen(true);
  }

  function onButtonKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    openWithFocus(event.key === 'ArrowDown' ? 'first' : 'last');
  }

  function onMenuKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape' || event.key === 'Tab') {
      if (event.key === 'Escape') {
        event.preventDefault();
        button.current?.focus();
      }
      setOpen(false);
      return;
    }
    const items = menuItems();
    const index = items.indexOf(document.activeElement as HTMLButtonElement);
    const targets: Record<string, HTMLButtonElement | undefined> = {
      ArrowDown: items[(index + 1) % items.length],
      ArrowUp: items[(index - 1 + items.length) % items.length],
      Home: items[0],
      End: items.at(-1),
    };
    const target = targets[event.key];
    if (!target) return;
    event.preventDefault();
    target.focus();
  }

  return { open, setOpen, root, button, menuId, onButtonClick, onButtonKeyDown, onMenuKeyDown };
}
