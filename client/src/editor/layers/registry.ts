import { useAttributionLayer } from '../../attribution/useAttributionLayer.tsx';
import { useCommentLayer } from '../../comments/useCommentLayer.tsx';
import { useEvidenceLayer } from '../../evidence/useEvidenceLayer.tsx';
import { useHistoryLayer } from '../../history/useHistoryLayer.tsx';
import { useInputLayer } from '../../inputs/useInputLayer.tsx';
import { useProposalLayer } from '../../proposals/useProposalLayer.tsx';
import { useRevisionsLayer } from '../../revisions/useRevisionsLayer.tsx';
import { useStatusLayer } from '../../statuses/useStatusLayer.tsx';
import type { FeatureLayerEntry } from './featureLayer.ts';

/**
 * The feature layers of the drafting room, in the order of their sidebar tabs (the first is open at first).
 * A new layer plugs in here. The list is fixed for the life of the page: its hooks are called in this order.
 */
export const FEATURE_LAYERS: readonly FeatureLayerEntry[] = [
  { id: 'proposals', label: 'Proposals', useLayer: useProposalLayer },
  { id: 'inputs', label: 'Inputs', useLayer: useInputLayer },
  { id: 'comments', label: 'Comments', useLayer: useCommentLayer },
  { id: 'attribution', label: 'Writers', useLayer: useAttributionLayer },
  { id: 'statuses', label: 'Status', useLayer: useStatusLayer },
  { id: 'revisions', label: 'Revisions', useLayer: useRevisionsLayer },
  { id: 'history', label: 'History', useLayer: useHistoryLayer },
  { id: 'evidence', label: 'Evidence', useLayer: useEvidenceLayer },
];
