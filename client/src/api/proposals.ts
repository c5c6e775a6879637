import type { DiffOp } from '@plenary/shared/diff/index';
import type {
  CosponsorStatus,
  Position,
  ProposalKind,
  ProposalStatus,
  StakeholderKind,
} from '@plenary/shared/domain/index';
import { request } from './http.ts';

export interface StakeholderRef {
  id: string;
  name: string;
  shortName: string;
}

export interface StakeholderOption extends StakeholderRef {
  kind: StakeholderKind;
}

/** A stakeholder's recorded support or opposition. */
export interface StakeholderPosition {
  stakeholder: StakeholderRef;
  reason: string | null;
  at: string;
}

/** A proposal as `GET /api/documents/:id/proposals` presents it to the caller. */
export interface Proposal {
  id: string;
  seq: number;
  documentId: string;
  pid: string;
  kind: ProposalKind;
  status: ProposalStatus;
  outdated: boolean;
  /** "EU", "Canada +2". */
  label: string;
  /** "OP3", "3bis", "3alt"; null when the paragraph is gone. */
  paragraphLabel: string | null;
  paragraphChanged: boolean | null;
  baseText: string;
  text: string | null;
  diff: DiffOp[] | null;
  justification: string;
  tabledBy: StakeholderRef;
  author: { name: string; stakeholder: string | null };
  cosponsors: { stakeholder: StakeholderRef; status: CosponsorStatus }[];
  supporters: StakeholderPosition[];
  opposers: StakeholderPosition[];
  counts: { cosponsors: number; supporters: number; opposers: number };
  decision: { status: ProposalStatus; by: { name: string; stakeholder: string | null }; at: string | null; reason: string | null } | null;
  resultPid: string | null;
  viewer: {
    position: Position | null;
    cosponsorship: { stakeholderId: string; status: CosponsorStatus } | null;
    canTakePosition: boolean;
    canWithdraw: boolean;
    canDecide: boolean;
  };
  createdAt: string;
  updatedAt: string;
}

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

export function listProposals(documentId: string, signal?: AbortSignal): Promise<Proposal[]> {
  return request<Proposal[]>(documentPath(documentId), { signal });
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

/** Every action on one proposal; each answers with the proposal as the caller now sees it. */
export const proposalActions = {
  support: (id: string, reason?: string) => request<Proposal>(proposalPath(id, 'support'), { method: 'POST', body: withReason(reason) }),
  oppose: (id: string, reason?: string) => request<Proposal>(proposalPath(id, 'oppose'), { method: 'POST', body: withReason(reason) }),
  withdrawPosition: (id: string) => request<Proposal>(proposalPath(id, 'position'), { method: 'DELETE' }),
  withdraw: (id: string) => request<Proposal>(proposalPath(id, 'withdraw'), { method: 'POST', body: {} }),
  accept: (id: string) => request<Proposal>(proposalPath(id, 'accept'), { method: 'POST', body: {} }),
  reject: (id: string, reason: string) => request<Proposal>(proposalPath(id, 'reject'), { method: 'POST', body: { reason } }),
  supersede: (id: string, reason?: string) => request<Proposal>(proposalPath(id, 'supersede'), { method: 'POST', body: withReason(reason) }),
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
