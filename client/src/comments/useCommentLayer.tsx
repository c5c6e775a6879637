import type { AnyExtension } from '@tiptap/core';
import type { DocumentDetail } from '../api/types.ts';
import type { FeatureLayer } from '../proposals/useProposalLayer.tsx';

/** Comment threads on this document: margin markers in the text and the threads panel. */
export function useCommentLayer(_document: DocumentDetail): FeatureLayer {
  return { extensions: EMPTY, counts: {}, panel: () => null };
}

const EMPTY: AnyExtension[] = [];
