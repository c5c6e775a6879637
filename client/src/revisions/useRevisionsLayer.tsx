import type { FeatureLayer, LayerContext } from '../editor/layers/featureLayer.ts';
import { RevisionsPanel } from './RevisionsPanel.tsx';

const NO_EXTENSIONS: FeatureLayer['extensions'] = [];
const NO_COUNTS: Record<string, number> = {};

/** The record of the negotiation in the sidebar: the revisions issued, and issuing the next. */
export function useRevisionsLayer({ document }: LayerContext): FeatureLayer {
  return { extensions: NO_EXTENSIONS, counts: NO_COUNTS, panel: () => <RevisionsPanel document={document} /> };
}
