import { z } from 'zod';
import { DOCUMENT_KINDS, ROLES } from '../domain/index.ts';
import { stakeholderRef, timestamp } from './common.ts';

/** The account `POST /api/admin/users` created. */
export const createdUserResponse = z.strictObject({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  stakeholderId: z.string(),
  role: z.enum(ROLES),
});
export type CreatedUserResponse = z.infer<typeof createdUserResponse>;

/** Whether and how people sign in here: password, the identity provider, or both. */
export const signInOptions = z.strictObject({
  passwordSignIn: z.boolean(),
  /** The identity provider's name on the sign-in button; null when none is configured. */
  identityProvider: z.strictObject({ name: z.string() }).nullable(),
});
export type SignInOptions = z.infer<typeof signInOptions>;

export const processResponse = z.strictObject({
  id: z.string(),
  title: z.string(),
  shortTitle: z.string(),
  symbolPrefix: z.string(),
  languages: z.array(z.string()),
  timeZone: z.string(),
  createdAt: timestamp,
});
export type ProcessResponse = z.infer<typeof processResponse>;

/** A link to pass on: its token is in `link` and is shown only once, when the link is made. */
export const createdInvitationResponse = z.strictObject({
  id: z.string(),
  link: z.string(),
  email: z.string(),
  expiresAt: timestamp,
  /** Whether it was e-mailed (SMTP configured and the mail accepted). */
  mailed: z.boolean(),
});
export type CreatedInvitationResponse = z.infer<typeof createdInvitationResponse>;

export const createdProcessResponse = z.strictObject({
  process: processResponse,
  documents: z.array(z.strictObject({ id: z.string(), kind: z.enum(DOCUMENT_KINDS), title: z.string() })),
  invitations: z.array(createdInvitationResponse),
});
export type CreatedProcessResponse = z.infer<typeof createdProcessResponse>;

export const INVITATION_STATES = ['pending', 'accepted', 'expired', 'revoked'] as const;
export type InvitationState = (typeof INVITATION_STATES)[number];

export const invitationResponse = z.strictObject({
  id: z.string(),
  purpose: z.enum(['join', 'reset']),
  email: z.string(),
  name: z.string(),
  stakeholder: stakeholderRef,
  role: z.enum(ROLES),
  roleLabel: z.string(),
  state: z.enum(INVITATION_STATES),
  createdAt: timestamp,
  createdBy: z.string(),
  expiresAt: timestamp,
  acceptedAt: timestamp.nullable(),
  mailed: z.boolean(),
});
export type InvitationResponse = z.infer<typeof invitationResponse>;

export const participantResponse = z.strictObject({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  stakeholder: stakeholderRef,
  role: z.enum(ROLES),
  roleLabel: z.string(),
  active: z.boolean(),
  deactivatedAt: timestamp.nullable(),
  /** How many devices the person is signed in on now. */
  liveSessions: z.number().int(),
  /** Whether the person signs in through the identity provider. */
  identityLinked: z.boolean(),
  hasPassword: z.boolean(),
  joinedAt: timestamp,
});
export type ParticipantResponse = z.infer<typeof participantResponse>;

/** `GET /api/admin/participants`: the process's people and the links handed out to join it. */
export const participantsResponse = z.strictObject({
  process: processResponse,
  participants: z.array(participantResponse),
  invitations: z.array(invitationResponse),
});
export type ParticipantsResponse = z.infer<typeof participantsResponse>;

/** One CSV row as read: what it would create, or why it cannot. */
export const invitationPreviewRow = z.strictObject({
  /** The row's line in the file, the header being line 1. */
  line: z.number().int(),
  email: z.string(),
  name: z.string(),
  stakeholder: stakeholderRef.nullable(),
  role: z.enum(ROLES).nullable(),
  errors: z.array(z.string()),
});
export type InvitationPreviewRow = z.infer<typeof invitationPreviewRow>;

export const invitationPreviewResponse = z.strictObject({
  rows: z.array(invitationPreviewRow),
  /** Problems with the file as a whole (no header, unknown columns). */
  fileErrors: z.array(z.string()),
});
export type InvitationPreviewResponse = z.infer<typeof invitationPreviewResponse>;

export const invitationBatchResponse = z.strictObject({ invitations: z.array(createdInvitationResponse) });
export type InvitationBatchResponse = z.infer<typeof invitationBatchResponse>;

/** `GET /api/invitations/:token`: what the link is for, shown before the person accepts. */
export const invitationInfoResponse = z.strictObject({
  purpose: z.enum(['join', 'reset']),
  email: z.string(),
  name: z.string(),
  process: z.strictObject({ id: z.string(), title: z.string() }),
  stakeholder: stakeholderRef,
  role: z.enum(ROLES),
  roleLabel: z.string(),
  expiresAt: timestamp,
  /** An account with this email exists: joining asks for its current password instead of a new one. */
  accountExists: z.boolean(),
  signIn: signInOptions,
});
export type InvitationInfoResponse = z.infer<typeof invitationInfoResponse>;

export const sessionEntry = z.strictObject({
  id: z.string(),
  createdAt: timestamp,
  expiresAt: timestamp,
  userAgent: z.string().nullable(),
  method: z.enum(['password', 'oidc', 'invitation']),
  current: z.boolean(),
});
export const sessionsResponse = z.strictObject({ sessions: z.array(sessionEntry) });
export type SessionsResponse = z.infer<typeof sessionsResponse>;
export type SessionEntry = z.infer<typeof sessionEntry>;

export const groupMembersResponse = z.strictObject({ group: stakeholderRef, members: z.array(stakeholderRef) });
export type GroupMembersResponse = z.infer<typeof groupMembersResponse>;

/** Public settings of this installation: the demo, and how people sign in. */
export const configResponse = z.strictObject({ demo: z.boolean(), signIn: signInOptions });
export type ConfigResponse = z.infer<typeof configResponse>;
