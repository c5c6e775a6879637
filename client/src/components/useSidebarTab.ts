import { useCallback, useState } from 'react';

/** A feature layer's id (`proposals`, `comments`). */
export type SidebarTabId = string;

/** Brings a tab of the sidebar forward; the same function for the life of the drafting room. */
export type ShowSidebarTab = (id: SidebarTabId) => void;

/**
 * Which tab of the document's sidebar is open. The drafting room owns it: the sidebar shows `tab`, and the
 * feature layers call `showTab` when something of theirs needs the reader's eye (a click in the text, a link).
 */
export function useSidebarTab(initial: SidebarTabId): { tab: SidebarTabId; showTab: ShowSidebarTab } {
  const [tab, setTab] = useState<SidebarTabId>(initial);
  const showTab = useCallback<ShowSidebarTab>((id) => setTab(id), []);
  return { tab, showTab };
}
