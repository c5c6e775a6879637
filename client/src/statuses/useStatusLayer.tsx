import type { AnyExtension } from '@tiptap/core';
import type { Editor } from '@tiptap/react';
import type { ParagraphStatus } from '@plenary/shared/domain/index';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { FeatureLayer, LayerContext } from '../editor/layers/featureLayer.ts';
import { usePermissions } from '../hooks/usePermissions.ts';
import { BracketedText } from './bracketDecorations.ts';
import { StatusBridge } from './statusBridge.ts';
import { createStatusMargin } from './statusMargin.ts';
import { StatusPanel, type StatusPanelModel } from './StatusPanel.tsx';
import { useParagraphStatuses } from './useParagraphStatuses.ts';
import './statuses.css';

/**
 * Paragraph statuses: a badge by each number, agreed text locked in the editor, bracketed words styled, and a
 * Status tab with the progress, the menu (pen-holders) and each paragraph's history. The badge opens the tab.
 */
export function useStatusLayer({ document, showPanel, hidePanel, panelShown: open }: LayerContext): FeatureLayer {
  const [bridge] = useState(() => new StatusBridge());
  const extensions = useMemo<AnyExtension[]>(() => [createStatusMargin(bridge, { interactive: true }), BracketedText], [bridge]);
  const statuses = useParagraphStatuses(document.id);
  const canSet = usePermissions(document)('set-paragraph-status');
  const [pid, setPid] = useState<string | null>(null);

  const toggle = useCallback(
    (target: string) => {
      if (open && target === pid) {
        hidePanel();
        return;
      }
      setPid(target);
      showPanel();
    },
    [open, pid, showPanel, hidePanel],
  );

  useEffect(() => {
    bridge.setHandlers({ open: toggle, select: setPid });
  }, [bridge, toggle]);

  const shownPid = open ? pid : null;
  useEffect(() => {
    const byPid = new Map<string, ParagraphStatus>();
    for (const entry of statuses.byPid.values()) if (entry.status !== 'open') byPid.set(entry.pid, entry.status);
    bridge.publish({ statuses: byPid, canSet, shownPid });
  }, [bridge, statuses.byPid, canSet, shownPid]);

  const model: StatusPanelModel = { documentId: document.id, statuses, canSet, pid, select: setPid };
  const panel = (editor: Editor) => <StatusPanel editor={editor} model={model} />;
  return { extensions, counts: NO_COUNTS, panel };
}

const NO_COUNTS: Record<string, number> = {};
