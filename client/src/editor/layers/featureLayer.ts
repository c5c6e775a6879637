import type { AnyExtension } from '@tiptap/core';
import type { Editor } from '@tiptap/react';
import type { ReactNode } from 'react';
import type { DocumentDetail } from '../../api/types.ts';

/** What one feature adds to the drafting room: marks in the text, counts in the outline, a tab in the sidebar. */
export interface FeatureLayer {
  /** Editor extensions of this feature; the same array for the life of the document. */
  extensions: AnyExtension[];
  /** Pending items per paragraph pid, for the outline and the tab's badge. */
  counts: Record<string, number>;
  /** The feature's panel in the sidebar; a layer without one has no tab. */
  panel?: (editor: Editor) => ReactNode;
}

/** What the drafting room hands every layer. */
export interface LayerContext {
  document: DocumentDetail;
  /** Brings this layer's tab of the sidebar forward; the same function for the life of the document. */
  showPanel: () => void;
  /** Gives the sidebar back to the tab open before this layer's, if this layer's is open; stable like `showPanel`. */
  hidePanel: () => void;
  /** This layer's tab is the one open. */
  panelShown: boolean;
}

/** One entry of the registry: a sidebar tab and the hook that builds the layer. */
export interface FeatureLayerEntry {
  /** The tab's id (`sidebar-tab-<id>`). */
  id: string;
  label: string;
  /** A hook, called on every render of the drafting room, in registry order. */
  useLayer: (context: LayerContext) => FeatureLayer;
}
