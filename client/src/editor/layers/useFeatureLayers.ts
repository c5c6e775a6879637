import type { AnyExtension } from '@tiptap/core';
import { useMemo, useState } from 'react';
import type { DocumentDetail } from '../../api/types.ts';
import type { SidebarTab } from '../../components/DocumentSidebar.tsx';
import type { ParagraphCounts } from '../../components/Outline.tsx';
import { useSidebarTab, type SidebarTabId } from '../../components/useSidebarTab.ts';
import { FEATURE_LAYERS } from './registry.ts';

export interface FeatureLayers {
  /** Every layer's extensions; the same array for the life of the document. */
  extensions: AnyExtension[];
  /** Every layer's counts, added up per paragraph. */
  counts: ParagraphCounts;
  /** The sidebar: one tab per layer, and which is open. */
  sidebar: { tabs: SidebarTab[]; active: SidebarTabId; onSelect: (id: SidebarTabId) => void };
}

const nothing = () => {};

/**
 * Builds the registered feature layers of one document, and the sidebar that shows their panels.
 * `revealSidebar` (stable) opens the side panel when a layer brings its tab forward and the reader had collapsed it.
 */
export function useFeatureLayers(document: DocumentDetail, revealSidebar: () => void = nothing): FeatureLayers {
  const entries = FEATURE_LAYERS;
  const { tab, showTab, hideTab } = useSidebarTab(entries[0]?.id ?? '');
  const panelControls = useMemo(
    () =>
      entries.map((entry) => ({
        showPanel: () => {
          showTab(entry.id);
          revealSidebar();
        },
        hidePanel: () => hideTab(entry.id),
      })),
    [entries, showTab, hideTab, revealSidebar],
  );
  // Calling hooks in a loop is safe here: the registry never changes, so every render calls the same hooks in the same order.
  const layers = entries.map((entry, index) => entry.useLayer({ document, ...panelControls[index]!, panelShown: tab === entry.id }));

  const extensionLists = useStableList(layers.map((layer) => layer.extensions));
  const extensions = useMemo(() => extensionLists.flat(), [extensionLists]);
  const countLists = useStableList(layers.map((layer) => layer.counts));
  const counts = useMemo(() => sumCounts(countLists), [countLists]);

  const tabs = entries.flatMap((entry, index) => {
    const layer = layers[index]!;
    return layer.panel ? [{ id: entry.id, label: entry.label, badge: total(layer.counts), render: layer.panel }] : [];
  });
  return { extensions, counts, sidebar: { tabs, active: tab, onSelect: showTab } };
}

function total(counts: Record<string, number>): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

function sumCounts(layers: readonly Record<string, number>[]): ParagraphCounts {
  const sum: Record<string, number> = {};
  for (const layer of layers) for (const [pid, n] of Object.entries(layer)) sum[pid] = (sum[pid] ?? 0) + n;
  return sum;
}

/**
 * The same array as long as every item is the same: the editor is rebuilt when its extension list changes
 * identity, so a new list is handed on only when some layer's own list did change.
 */
function useStableList<T>(items: readonly T[]): readonly T[] {
  const [stable, setStable] = useState(items);
  const changed = items.length !== stable.length || items.some((item, index) => item !== stable[index]);
  if (changed) setStable(items);
  return changed ? items : stable;
}
