import type { AnyExtension } from '@tiptap/core';
import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { FeatureLayer, LayerContext } from '../editor/layers/featureLayer.ts';
import { AttributionBridge } from './attributionBridge.ts';
import { createAttributionMargin } from './attributionMargin.ts';
import { AttributionPanel, type AttributionPanelModel } from './AttributionPanel.tsx';
import './attribution.css';

/**
 * "Who wrote this": a margin toggle on the paragraph at hand and a sidebar tab showing its words by writer.
 * Anyone who may read the document may use it. The tab follows the caret from paragraph to paragraph.
 */
export function useAttributionLayer({ document, showPanel, hidePanel, panelShown: open }: LayerContext): FeatureLayer {
  const [bridge] = useState(() => new AttributionBridge());
  const extensions = useMemo<AnyExtension[]>(() => [createAttributionMargin(bridge)], [bridge]);
  const [pid, setPid] = useState<string | null>(null);
  const [focusAt, setFocusAt] = useState<number | null>(null);

  const toggle = useCallback(
    (target: string) => {
      if (open && target === pid) {
        hidePanel();
        return;
      }
      setPid(target);
      setFocusAt(Date.now());
      showPanel();
    },
    [open, pid, showPanel, hidePanel],
  );

  useEffect(() => {
    bridge.setHandlers({ toggle, select: setPid });
  }, [bridge, toggle]);

  useEffect(() => {
    bridge.publish({ shownPid: open ? pid : null });
  }, [bridge, open, pid]);

  const model: AttributionPanelModel = { documentId: document.id, pid, setPid, focusAt };
  const panel = (editor: Editor) => <AttributionPanel editor={editor} model={model} />;
  return { extensions, counts: NO_COUNTS, panel };
}

const NO_COUNTS: Record<string, number> = {};
