import { request } from './http.ts';

/**
 * One stretch of a paragraph's current text and who wrote it, as
 * `GET /api/documents/:id/paragraphs/:pid/attribution` presents it. Words that entered through an accepted
 * proposal belong to the stakeholder that tabled it (`userName` is the delegate who tabled it). Every
 * writer field is null for text written before history was kept.
 */
export interface AttributionRun {
  text: string;
  userId: string | null;
  userName: string | null;
  stakeholderId: string | null;
  /** The stakeholder's full name ("European Union"). */
  stakeholder: string | null;
  role: string | null;
  /** When the run's first character was written. */
  at: string | null;
  proposalId?: string;
  /** The co-facilitator who accepted the proposal the words came from. */
  acceptedBy?: { userId: string; userName: string };
}

export function getParagraphAttribution(documentId: string, pid: string, signal?: AbortSignal): Promise<AttributionRun[]> {
  return request<AttributionRun[]>(
    `/api/documents/${encodeURIComponent(documentId)}/paragraphs/${encodeURIComponent(pid)}/attribution`,
    { signal },
  );
}
