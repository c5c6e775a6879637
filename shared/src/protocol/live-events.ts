import type { BriefStage, NotificationKind, SilenceOutcome } from '../domain/index.ts';

/**
 * The live events of `GET /api/events`: one server-sent event per change, named by its `type`, with the
 * whole event as JSON in `data`. Events say what changed by id and kind, never with confidential content:
 * a client refetches through the REST API, which filters by what the reader may see.
 *
 * Bump the version when an event changes shape or is removed; a new event type is compatible, since
 * clients ignore types they do not know.
 */
export const LIVE_EVENTS_VERSION = 1;

/** A proposal was tabled, re-tabled, supported or opposed, answered by a co-sponsor, decided or rebased. */
export interface ProposalChangedEvent {
  type: 'proposal.changed';
  documentId: string;
  data: { proposalId: string; pid: string };
}

/** A thread was opened, answered, edited, resolved or reopened, or read by the user in another tab. */
export interface ThreadChangedEvent {
  type: 'thread.changed';
  documentId: string;
  data: { threadId: string; pid: string };
}

/** A paragraph's status changed (open, bracketed, agreed ad referendum, agreed). */
export interface ParagraphStatusChangedEvent {
  type: 'paragraph-status.changed';
  documentId: string;
  data: { pid: string };
}

/** A notification arrived for the user (absent `documentId`: it concerns no document). */
export interface NotificationCreatedEvent {
  type: 'notification.created';
  documentId?: string;
  data: { notificationId: string; kind: NotificationKind };
}

/** A pen-holder issued a revision: its numbers become the text's until the next one. */
export interface RevisionIssuedEvent {
  type: 'revision.issued';
  documentId: string;
  data: { revisionId: string };
}

/** A pen-holder put a revision of the document under silence. */
export interface SilenceStartedEvent {
  type: 'silence.started';
  documentId: string;
  data: { procedureId: string };
}

/** A delegation broke silence with a statement. */
export interface SilenceBrokenEvent {
  type: 'silence.broken';
  documentId: string;
  data: { procedureId: string; stakeholderId: string };
}

/** The deadline passed: the text was adopted, or silence was broken. */
export interface SilenceEndedEvent {
  type: 'silence.ended';
  documentId: string;
  data: { procedureId: string; outcome: SilenceOutcome };
}

/** A delegation recorded an explanation of position or a reservation on the final text. */
export interface PositionStatementRecordedEvent {
  type: 'position-statement.recorded';
  documentId: string;
  data: { statementId: string };
}

/** A brief moved to another stage of its lifecycle: who sees it and who writes it may have changed. */
export interface DocumentStageChangedEvent {
  type: 'document.stage-changed';
  documentId: string;
  data: { stage: BriefStage };
}

/** An agency's technical input to a brief was submitted, edited, given an attachment, withdrawn or decided. */
export interface InputChangedEvent {
  type: 'input.changed';
  documentId: string;
  data: { inputId: string };
}

/** A compact paragraph was linked to its evidence in a brief, or such a link was removed; sent for each end. */
export interface EvidenceChangedEvent {
  type: 'evidence.changed';
  documentId: string;
  data: { linkId: string; compactDocumentId: string; briefDocumentId: string };
}

/** The secretariat changed the user's own capacity in a process: reload who they are, and what they may do. */
export interface MembershipChangedEvent {
  type: 'membership.changed';
  documentId?: string;
  data: { processId: string };
}

export type LiveEvent =
  | MembershipChangedEvent
  | ProposalChangedEvent
  | ThreadChangedEvent
  | ParagraphStatusChangedEvent
  | NotificationCreatedEvent
  | RevisionIssuedEvent
  | SilenceStartedEvent
  | SilenceBrokenEvent
  | SilenceEndedEvent
  | PositionStatementRecordedEvent
  | DocumentStageChangedEvent
  | InputChangedEvent
  | EvidenceChangedEvent;
export type LiveEventType = LiveEvent['type'];
export type LiveEventOf<T extends LiveEventType> = Extract<LiveEvent, { type: T }>;

/** The fields of each event's data, all strings: what `parseLiveEvent` checks before a client relies on them. */
const DATA_FIELDS = {
  'membership.changed': ['processId'],
  'proposal.changed': ['proposalId', 'pid'],
  'thread.changed': ['threadId', 'pid'],
  'paragraph-status.changed': ['pid'],
  'notification.created': ['notificationId', 'kind'],
  'revision.issued': ['revisionId'],
  'silence.started': ['procedureId'],
  'silence.broken': ['procedureId', 'stakeholderId'],
  'silence.ended': ['procedureId', 'outcome'],
  'position-statement.recorded': ['statementId'],
  'document.stage-changed': ['stage'],
  'input.changed': ['inputId'],
  'evidence.changed': ['linkId', 'compactDocumentId', 'briefDocumentId'],
} as const satisfies { [T in LiveEventType]: readonly (keyof LiveEventOf<T>['data'])[] };

/** Every event type, for a client that listens to each by name. */
export const LIVE_EVENT_TYPES = Object.keys(DATA_FIELDS) as readonly LiveEventType[];

/**
 * The first message of every (re)connection of the stream, named `ready`: anything sent while the client was
 * disconnected is lost, so it refetches. It tells which version of these events the server speaks.
 */
export interface ReadyMessage {
  type: 'ready';
  data: { version: number };
}

export const READY_EVENT = 'ready' satisfies ReadyMessage['type'];
/** Sent while the stream is idle so that proxies keep it open; its data is `{}`. */
export const PING_EVENT = 'ping';

export function readyMessage(): ReadyMessage {
  return { type: READY_EVENT, data: { version: LIVE_EVENTS_VERSION } };
}

/**
 * The live event in one message's data, or null when it is not JSON, not an event of a known type, or lacks
 * a field of its type's data.
 */
export function parseLiveEvent(json: string): LiveEvent | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (!isRecord(value)) return null;
  const { type, documentId, data } = value;
  if (!LIVE_EVENT_TYPES.includes(type as LiveEventType) || !isRecord(data)) return null;
  if (documentId !== undefined && typeof documentId !== 'string') return null;
  const fields: readonly string[] = DATA_FIELDS[type as LiveEventType];
  return fields.every((field) => typeof data[field] === 'string') ? (value as unknown as LiveEvent) : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
