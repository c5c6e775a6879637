import type { AnyExtension } from '@tiptap/core';
import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DocumentDetail } from '../api/types.ts';
import type { ShowSidebarTab, SidebarTabId } from '../components/useSidebarTab.ts';
import type { FeatureLayer } from '../proposals/useProposalLayer.tsx';
import { AttributionBridge } from './attributionBridge.ts';
import { createAttributionMargin } from './attributionMargin.ts';
import { AttributionPanel, type AttributionPanelModel } from './AttributionPanel.tsx';
import './attribution.css';

interface Sidebar {
  tab: SidebarTabId;
  showTab: ShowSidebarTab;
}

/**
 * "Who wrote this": a margin toggle on the paragraph at hand and a sidebar tab showing its words by writer.
 * Anyone who may read the document may use it. The tab follows the caret from paragraph to paragraph.
 */
export function useAttributionLayer(document: DocumentDetail, sidebar: Sidebar): FeatureLayer {
  const { tab, showTab } = sidebar;
  const [bridge] = useState(() => new AttributionBridge());
  const extensions = useMemo<AnyExtension[]>(() => [createAttributionMargin(bridge)], [bridge]);
  const [pid, setPid] = useState<string | null>(null);
  const [focusAt, setFocusAt] = useState<number | null>(null);
  const open = tab === 'attribution';
  /** Where the toggle goes back to when it closes the tab. */
  const previousTab = useRef<SidebarTabId>('proposals');
  useEffect(() => {
    if (tab !== 'attribution') previousTab.current = tab;
  }, [tab]);

  const toggle = useCallback(
    (target: string) => {
      if (open && target === pid) {
        showTab(previousTab.current);
        return;
      }
      setPid(target);
      setFocusAt(Date.now());
      showTab('attribution');
    },
    [open, pid, showTab],
  );

  useEffect(() => {
    bridge.handlers = { toggle, select: setPid };
  }, [bridge, toggle]);

  useEffect(() => {
    bridge.publish({ shownPid: open ? pid : null });
  }, [bridge, open, pid]);

  const model: AttributionPanelModel = { documentId: document.id, pid, setPid, focusAt };
  const panel = (editor: Editor) => <AttributionPanel editor={editor} model={model} />;
  return { extensions, counts: NO_COUNTS, panel };
}

const NO_COUNTS: Record<string, number> = {};
