import type { AnyExtension } from '@tiptap/core';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import type { FeatureLayer, LayerContext } from '../editor/layers/featureLayer.ts';
import { HistoryBridge } from './historyBridge.ts';
import { createHistoryMargin } from './historyMargin.ts';
import './historyMargin.css';

/** The margin "History" link to a paragraph's negotiating record; no tab of its own. */
export function useHistoryLayer({ document }: LayerContext): FeatureLayer {
  const navigate = useNavigate();
  const [bridge] = useState(() => new HistoryBridge(document.id));
  const extensions = useMemo<AnyExtension[]>(() => [createHistoryMargin(bridge)], [bridge]);
  useEffect(() => bridge.setNavigate((path) => void navigate(path)), [bridge, navigate]);
  return { extensions, counts: NO_COUNTS };
}

const NO_COUNTS: Record<string, number> = {};
