import type {
  CreatedInvitationResponse as CreatedInvitation,
  CreatedProcessResponse as CreatedProcess,
  GroupMembersResponse as GroupMembers,
  InvitationBatchResponse as InvitationBatch,
  InvitationPreviewResponse as InvitationPreview,
  InvitationPreviewRow,
  InvitationResponse as Invitation,
  ParticipantResponse as Participant,
  ParticipantsResponse as Participants,
} from '@plenary/shared/api/index';
import type { Role } from '@plenary/shared/domain/index';
import { request } from './http.ts';

export type {
  CreatedInvitation,
  CreatedProcess,
  GroupMembers,
  Invitation,
  InvitationBatch,
  InvitationPreview,
  InvitationPreviewRow,
  Participant,
  Participants,
};

/** A person to invite, in a capacity: what one form row or one confirmed CSV row sends. */
export interface InvitationTerms {
  email: string;
  name: string;
  stakeholderId: string;
  role: Role;
}

/** What `POST /api/admin/processes` takes; the server fills in what is left out (languages, time zone…). */
export interface NewProcess {
  title: string;
  shortTitle: string;
  symbolPrefix: string;
  languages: string[];
  timeZone: string;
  compactTitle?: string;
  briefs: { title: string; leadStakeholderIds: string[] }[];
  cofacilitators: { email: string; name: string; stakeholderId: string }[];
}

const user = (id: string, action: string) => `/api/admin/users/${encodeURIComponent(id)}/${action}`;
/** The process the page shows, named in every request: another tab switching process must not redirect this one's actions. */
const inProcess = (path: string, processId: string) => `${path}?processId=${encodeURIComponent(processId)}`;

export function getParticipants(processId: string, signal?: AbortSignal): Promise<Participants> {
  return request<Participants>(inProcess('/api/admin/participants', processId), { signal });
}

export function inviteOne(processId: string, terms: InvitationTerms): Promise<CreatedInvitation> {
  return request<CreatedInvitation>('/api/admin/invitations', { method: 'POST', body: { ...terms, processId } });
}

/** Reads a CSV file of people and checks each row; creates nothing. */
export function previewInvitationCsv(processId: string, csv: string): Promise<InvitationPreview> {
  return request<InvitationPreview>('/api/admin/invitations/preview', { method: 'POST', body: { csv, processId } });
}

/** The confirmed rows, invited together or not at all. */
export function inviteBatch(processId: string, rows: readonly InvitationTerms[]): Promise<InvitationBatch> {
  return request<InvitationBatch>('/api/admin/invitations/batch', { method: 'POST', body: { rows, processId } });
}

export function revokeInvitation(id: string): Promise<void> {
  return request<void>(`/api/admin/invitations/${encodeURIComponent(id)}/revoke`, { method: 'POST', body: {} });
}

export const accountActions = {
  deactivate: (processId: string, userId: string) =>
    request<Participant>(inProcess(user(userId, 'deactivate'), processId), { method: 'POST', body: {} }),
  reactivate: (processId: string, userId: string) =>
    request<Participant>(inProcess(user(userId, 'reactivate'), processId), { method: 'POST', body: {} }),
  /** A one-time link for the person to set a new password. */
  passwordLink: (processId: string, userId: string) =>
    request<CreatedInvitation>(inProcess(user(userId, 'password-reset'), processId), { method: 'POST', body: {} }),
  changeCapacity: (processId: string, userId: string, capacity: { stakeholderId: string; role: Role }) =>
    request<Participant>(user(userId, 'membership'), { method: 'PUT', body: { ...capacity, processId } }),
};

export function getGroupMembers(groupId: string, signal?: AbortSignal): Promise<GroupMembers> {
  return request<GroupMembers>(`/api/admin/groups/${encodeURIComponent(groupId)}/members`, { signal });
}

export function setGroupMembers(groupId: string, memberIds: readonly string[]): Promise<GroupMembers> {
  return request<GroupMembers>(`/api/admin/groups/${encodeURIComponent(groupId)}/members`, { method: 'PUT', body: { memberIds } });
}

export function createProcess(input: NewProcess): Promise<CreatedProcess> {
  return request<CreatedProcess>('/api/admin/processes', { method: 'POST', body: input });
}
