import type { AnyExtension } from '@tiptap/core';
import type { Editor } from '@tiptap/react';
import type { ReactNode } from 'react';
import type { DocumentDetail } from '../api/types.ts';

export interface FeatureLayer {
  /** Editor extensions of this feature; the same array for the life of the document. */
  extensions: AnyExtension[];
  /** Pending items per paragraph pid, for the outline. */
  counts: Record<string, number>;
  /** The feature's panel in the sidebar. */
  panel: (editor: Editor) => ReactNode;
}

/** Proposals on this document: tracked changes in the text and the compilation panel. */
export function useProposalLayer(_document: DocumentDetail): FeatureLayer {
  return { extensions: EMPTY, counts: {}, panel: () => null };
}

const EMPTY: AnyExtension[] = [];
