import type { Editor } from '@tiptap/react';
import { useState, type ReactNode } from 'react';

export interface SidebarTab {
  id: string;
  label: string;
  /** Shown beside the label, e.g. the number of pending items. */
  badge?: number;
  render: (editor: Editor) => ReactNode;
}

/** The panel beside the text, with one tab per feature (proposals, comments). */
export function DocumentSidebar({ editor, tabs }: { editor: Editor; tabs: SidebarTab[] }) {
  const [active, setActive] = useState(tabs[0]?.id);
  const current = tabs.find((t) => t.id === active) ?? tabs[0];
  if (!current) return null;
  return (
    <section className="sidebar" data-testid="sidebar">
      <div className="sidebar__tabs" role="tablist" aria-label="Side panel">
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`sidebar-tab-${tab.id}`}
            aria-selected={tab.id === current.id}
            aria-controls={`sidebar-panel-${tab.id}`}
            className="sidebar__tab"
            data-testid={`sidebar-tab-${tab.id}`}
            onClick={() => setActive(tab.id)}
          >
            {tab.label}
            {tab.badge ? <span className="sidebar__badge">{tab.badge}</span> : null}
          </button>
        ))}
      </div>
      <div className="sidebar__panel" role="tabpanel" id={`sidebar-panel-${current.id}`} aria-labelledby={`sidebar-tab-${current.id}`}>
        {current.render(editor)}
      </div>
    </section>
  );
}
