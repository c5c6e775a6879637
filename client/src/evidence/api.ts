import type { DocumentDetailResponse, EvidenceLinkResponse } from '@plenary/shared/api/index';
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

/** An input taken into a brief paragraph, as far as the picker needs it. */
export interface CitableInput {
  id: string;
  label: string;
}

interface ListedInput {
  id: string;
  status: string;
  resultPid?: string | null;
  stakeholder?: { shortName: string };
  agency?: { shortName: string };
  seq?: number;
}

/**
 * The incorporated inputs whose words are in a brief paragraph. A server without the inputs list answers
 * nothing here: the paragraph itself is then the only evidence on offer.
 */
export async function citableInputs(briefId: string, pid: string, signal?: AbortSignal): Promise<CitableInput[]> {
  let inputs: ListedInput[];
  try {
    inputs = await request<ListedInput[]>(`${documentPath(briefId)}/inputs`, { signal });
  } catch {
    return [];
  }
  if (!Array.isArray(inputs)) return [];
  return inputs
    .filter((input) => (input.status === 'incorporated' || input.status === 'incorporated-with-edit') && input.resultPid === pid)
    .map((input) => {
      const agency = input.stakeholder?.shortName ?? input.agency?.shortName ?? 'Agency';
      return { id: input.id, label: `${agency} input${input.seq ? ` ${input.seq}` : ''}` };
    });
}

export type { DocumentDetailResponse };
