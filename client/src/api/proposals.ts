import type {
  ProposalResponse as Proposal,
  StakeholderPositionResponse as StakeholderPosition,
  StakeholderRef,
  StakeholderResponse as StakeholderOption,
} from '@plenary/shared/api/index';
import { PROPOSAL_PAGE_DEFAULT, type ProposalKind } from '@plenary/shared/domain/index';
import { request } from './http.ts';
import { readAllPages } from './pages.ts';

export type { Proposal, StakeholderOption, StakeholderPosition, StakeholderRef };

export interface TablingInput {
  pid: string;
  kind: ProposalKind;
  text?: string;
  justification: string;
  onBehalfOf?: string;
  cosponsors: string[];
}

const documentPath = (documentId: string) => `/api/documents/${encodeURIComponent(documentId)}/proposals`;
const proposalPath = (id: string, action: string) => `/api/proposals/${encodeURIComponent(id)}/${action}`;

/** Every proposal of the document the caller may see, in tabling order. */
export function listProposals(documentId: string, signal?: AbortSignal): Promise<Proposal[]> {
  return readAllPages<Proposal>(documentPath(documentId), PROPOSAL_PAGE_DEFAULT, signal);
}

export function getProposal(id: string, signal?: AbortSignal): Promise<Proposal> {
  return request<Proposal>(`/api/proposals/${encodeURIComponent(id)}`, { signal });
}

export function tableProposal(documentId: string, input: TablingInput): Promise<Proposal> {
  return request<Proposal>(documentPath(documentId), { method: 'POST', body: input });
}

export function listStakeholders(signal?: AbortSignal): Promise<StakeholderOption[]> {
  return request<StakeholderOption[]>('/api/stakeholders/all', { signal });
}

/** `keepalive`: the request is sent as the reader leaves the page, and must outlive it. */
interface Sending {
  keepalive?: boolean;
}

/** Every action on one proposal; each answers with the proposal as the caller now sees it. */
export const proposalActions = {
  support: (id: string, reason?: string) => request<Proposal>(proposalPath(id, 'support'), { method: 'POST', body: withReason(reason) }),
  oppose: (id: string, reason?: string) => request<Proposal>(proposalPath(id, 'oppose'), { method: 'POST', body: withReason(reason) }),
  withdrawPosition: (id: string) => request<Proposal>(proposalPath(id, 'position'), { method: 'DELETE' }),
  withdraw: (id: string) => request<Proposal>(proposalPath(id, 'withdraw'), { method: 'POST', body: {} }),
  /** `overObjections`: the pen-holder confirmed accepting it over the objections on record. */
  accept: (id: string, { overObjections, ...options }: Sending & { overObjections?: boolean } = {}) =>
    request<Proposal>(proposalPath(id, 'accept'), { method: 'POST', body: overObjections ? { overObjections } : {}, ...options }),
  reject: (id: string, reason: string, options: Sending = {}) =>
    request<Proposal>(proposalPath(id, 'reject'), { method: 'POST', body: { reason }, ...options }),
  supersede: (id: string, reason?: string) =>
    request<Proposal>(proposalPath(id, 'supersede'), { method: 'POST', body: withReason(reason) }),
  /** Back on the table; an acceptance is also taken back out of the text. */
  reopen: (id: string) => request<Proposal>(proposalPath(id, 'reopen'), { method: 'POST', body: {} }),
  confirmCosponsorship: (id: string, stakeholderId: string) =>
    request<Proposal>(proposalPath(id, 'cosponsorship/confirm'), { method: 'POST', body: { stakeholderId } }),
  declineCosponsorship: (id: string, stakeholderId: string) =>
    request<Proposal>(proposalPath(id, 'cosponsorship/decline'), { method: 'POST', body: { stakeholderId } }),
  retable: (id: string, text: string, justification?: string) =>
    request<Proposal>(proposalPath(id, 'retable'), { method: 'POST', body: { text, justification } }),
};

function withReason(reason: string | undefined): { reason?: string } {
  const trimmed = reason?.trim();
  return trimmed ? { reason: trimmed } : {};
}
