import { stageLabel } from '@plenary/shared/domain/index';
import type { DocumentSummary } from '../api/types.ts';

/**
 * Where a document stands, as its header and the home page say it: the compact is at its last revision
 * ("Rev.1"); a brief has a stage of its own, and its last revision beside it.
 */
export function documentStage(document: Pick<DocumentSummary, 'kind' | 'status' | 'currentRevision'>): string {
  const revision = document.currentRevision?.name;
  const stage = document.status ? stageLabel(document.status) : '';
  if (!revision) return stage;
  if (document.kind === 'compact') return revision;
  return stage ? `${stage} · ${revision}` : revision;
}
