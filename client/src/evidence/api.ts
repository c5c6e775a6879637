import type { EvidenceLinkResponse, TechnicalInputResponse } from '@plenary/shared/api/index';
import type { CreateEvidenceLinkInput } from '@plenary/shared/validation/index';
import { request } from '../api/http.ts';

export type EvidenceLink = EvidenceLinkResponse;

const documentPath = (documentId: string) => `/api/documents/${encodeURIComponent(documentId)}`;

/** Every live link of the document, on whichever side it stands. */
export function listEvidenceLinks(documentId: string, signal?: AbortSignal): Promise<EvidenceLink[]> {
  return request<EvidenceLink[]>(`${documentPath(documentId)}/links`, { signal });
}

export function createEvidenceLink(documentId: string, pid: string, body: CreateEvidenceLinkInput): Promise<EvidenceLink> {
  return request<EvidenceLink>(`${documentPath(documentId)}/paragraphs/${encodeURIComponent(pid)}/links`, { method: 'POST', body });
}

export function removeEvidenceLink(linkId: string): Promise<EvidenceLink> {
  return request<EvidenceLink>(`/api/links/${encodeURIComponent(linkId)}`, { method: 'DELETE' });
}

/** An input taken into a brief paragraph, as the picker offers it: "IOM input 3, as revised by OHCHR". */
export interface CitableInput {
  id: string;
  label: string;
}

/** The incorporated inputs whose words are in a brief paragraph: the evidence a link may name besides the paragraph. */
export async function citableInputs(briefId: string, pid: string, signal?: AbortSignal): Promise<CitableInput[]> {
  const inputs = await request<TechnicalInputResponse[]>(`${documentPath(briefId)}/inputs`, { signal });
  return inputs
    .filter((input) => (input.status === 'incorporated' || input.status === 'incorporated-with-edit') && input.decision?.resultPid === pid)
    .map((input) => ({ id: input.id, label: `${input.decision?.attribution ?? `${input.agency.shortName} input`} (input ${input.seq})` }));
}
