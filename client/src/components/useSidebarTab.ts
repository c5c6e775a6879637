import { useCallback, useState } from 'react';

/** A feature layer's id (`proposals`, `comments`, `attribution`). */
export type SidebarTabId = string;

/** Brings a tab of the sidebar forward; the same function for the life of the drafting room. */
export type ShowSidebarTab = (id: SidebarTabId) => void;

/**
 * Which tab of the document's sidebar is open. The drafting room owns it: the sidebar shows `tab`, and the
 * feature layers call `showTab` when something of theirs needs the reader's eye (a click in the text, a link),
 * and `hideTab` to give the sidebar back to the tab that was open before theirs.
 */
export function useSidebarTab(initial: SidebarTabId): { tab: SidebarTabId; showTab: ShowSidebarTab; hideTab: ShowSidebarTab } {
  const [{ tab }, setTabs] = useState({ tab: initial, previous: initial });
  const showTab = useCallback<ShowSidebarTab>(
    (id) => setTabs((current) => (current.tab === id ? current : { tab: id, previous: current.tab })),
    [],
  );
  const hideTab = useCallback<ShowSidebarTab>(
    (id) =>
      setTabs((current) =>
        current.tab === id && current.previous !== id ? { tab: current.previous, previous: current.previous } : current,
      ),
    [],
  );
  return { tab, showTab, hideTab };
}
