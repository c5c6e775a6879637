import { useCallback, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useDismiss } from '../hooks/useDismiss.ts';
import { shortcutLabel } from '../lib/shortcut.ts';

export interface MoreMenuItem {
  label: string;
  binding: string;
  icon: string;
  disabled?: boolean;
  run: () => void;
}

/** The toolbar's less-used controls, in a menu (WAI-ARIA menu button), so the toolbar keeps to one row. */
export function ToolbarMoreMenu({ items }: { items: MoreMenuItem[] }) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, close, root);

  const menuItems = () => [...(root.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)') ?? [])];

  function openWithFocus(which: 'first' | 'last') {
    setOpen(true);
    requestAnimationFrame(() => {
      const enabled = menuItems();
      (which === 'first' ? enabled[0] : enabled.at(-1))?.focus();
    });
  }

  function moveWithKeys(event: KeyboardEvent<HTMLDivElement>) {
    const enabled = menuItems();
    const index = enabled.indexOf(document.activeElement as HTMLButtonElement);
    const target =
      event.key === 'ArrowDown'
        ? enabled[(index + 1) % enabled.length]
        : event.key === 'ArrowUp'
          ? enabled[(index - 1 + enabled.length) % enabled.length]
          : event.key === 'Home'
            ? enabled[0]
            : event.key === 'End'
              ? enabled.at(-1)
              : undefined;
    if (event.key === 'Escape' || event.key === 'Tab') {
      if (event.key === 'Escape') {
        event.preventDefault();
        button.current?.focus();
      }
      setOpen(false);
      return;
    }
    if (!target) return;
    event.preventDefault();
    target.focus();
  }

  return (
    <div className="toolbar__more" ref={root}>
      <button
        ref={button}
        type="button"
        className="toolbar__button toolbar__more-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        title="More formatting"
        data-testid="toolbar-more"
        onMouseDown={(event) => event.preventDefault()}
        onClick={(event) => {
          if (open) setOpen(false);
          // A click from the keyboard (Enter, Space) carries no pointer detail: take focus into the menu.
          else if (event.detail === 0) openWithFocus('first');
          else setOpen(true);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            openWithFocus(event.key === 'ArrowDown' ? 'first' : 'last');
          }
        }}
      >
        More <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div className="toolbar__menu" role="menu" id={menuId} aria-label="More formatting" onKeyDown={moveWithKeys}>
          {items.map((item) => (
            <button
              key={item.label}
              type="button"
              role="menuitem"
              className="toolbar__menu-item"
              disabled={item.disabled}
              aria-keyshortcuts={item.binding.replace('Mod', 'Control')}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => {
                setOpen(false);
                item.run();
              }}
            >
              <span className="toolbar__menu-icon" aria-hidden="true">
                {item.icon}
              </span>
              <span className="toolbar__menu-label">{item.label}</span>
              <kbd className="toolbar__menu-shortcut">{shortcutLabel(item.binding)}</kbd>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
