import { useMenuButton } from '../hooks/useMenuButton.ts';
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
  const { open, setOpen, root, button, menuId, onButtonClick, onButtonKeyDown, onMenuKeyDown } = useMenuButton();

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
        onClick={onButtonClick}
        onKeyDown={onButtonKeyDown}
      >
        More <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div className="toolbar__menu" role="menu" id={menuId} aria-label="More formatting" onKeyDown={onMenuKeyDown}>
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
