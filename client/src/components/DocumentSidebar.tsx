import type { Editor } from '@tiptap/react';
import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { SidebarTabId } from './useSidebarTab.ts';

export interface SidebarTab {
  id: SidebarTabId;
  label: string;
  /** Shown beside the label, e.g. the number of pending items. */
  badge?: number;
  render: (editor: Editor) => ReactNode;
}

interface Props {
  editor: Editor;
  tabs: SidebarTab[];
  /** The open tab; the owner decides, the sidebar reports the reader's choice through `onSelect`. */
  active: SidebarTabId;
  onSelect: (id: SidebarTabId) => void;
}

/** Keys that move between tabs (WAI-ARIA tabs pattern), as an offset from the current one or an absolute index. */
function targetIndex(key: string, current: number, count: number): number | null {
  switch (key) {
    case 'ArrowRight':
      return (current + 1) % count;
    case 'ArrowLeft':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/** The panel beside the text, with one tab per feature (proposals, comments). */
export function DocumentSidebar({ editor, tabs, active, onSelect }: Props) {
  const buttons = useRef(new Map<SidebarTabId, HTMLButtonElement>());
  const current = tabs.find((t) => t.id === active) ?? tabs[0];
  if (!current) return null;

  function moveWithKeys(event: KeyboardEvent<HTMLDivElement>) {
    const index = targetIndex(event.key, tabs.indexOf(current!), tabs.length);
    if (index === null) return;
    event.preventDefault();
    const next = tabs[index]!;
    onSelect(next.id);
    buttons.current.get(next.id)?.focus();
  }

  return (
    <section className="sidebar" data-testid="sidebar">
      <div className="sidebar__tabs" role="tablist" aria-label="Side panel" onKeyDown={moveWithKeys}>
        {tabs.map((tab) => {
          const selected = tab.id === current.id;
          return (
            <button
              key={tab.id}
              ref={(element) => {
                if (element) buttons.current.set(tab.id, element);
                else buttons.current.delete(tab.id);
              }}
              type="button"
              role="tab"
              id={`sidebar-tab-${tab.id}`}
              aria-selected={selected}
              aria-controls={selected ? `sidebar-panel-${tab.id}` : undefined}
              tabIndex={selected ? 0 : -1}
              className="sidebar__tab"
              data-testid={`sidebar-tab-${tab.id}`}
              onClick={() => onSelect(tab.id)}
            >
              {tab.label}
              {tab.badge ? <span className="sidebar__badge">{tab.badge}</span> : null}
            </button>
          );
        })}
      </div>
      <div
        className="sidebar__panel"
        role="tabpanel"
        id={`sidebar-panel-${current.id}`}
        aria-labelledby={`sidebar-tab-${current.id}`}
        data-testid={`sidebar-panel-${current.id}`}
      >
        {current.render(editor)}
      </div>
    </section>
  );
}
