/**
 * The events of `/api/events`. They say *what* changed, by id, never the content: listeners fetch that
 * through the API, which filters by what the reader may see.
 */
export type LiveEvent =
  | { type: 'proposal.changed'; documentId?: string; data: { proposalId: string; pid: string } }
  | { type: 'thread.changed'; documentId?: string; data: { threadId: string; pid: string } }
  | { type: 'notification.created'; documentId?: string; data: { notificationId: string; kind: string } };

export type LiveEventType = LiveEvent['type'];

export type LiveEventOf<K extends LiveEventType> = Extract<LiveEvent, { type: K }>;

/** The fields each event's data must carry as strings; add a new event type here and to `LiveEvent`. */
const REQUIRED_DATA: { [K in LiveEventType]: readonly (keyof LiveEventOf<K>['data'])[] } = {
  'proposal.changed': ['proposalId', 'pid'],
  'thread.changed': ['threadId', 'pid'],
  'notification.created': ['notificationId', 'kind'],
};

export const LIVE_EVENT_TYPES = Object.keys(REQUIRED_DATA) as LiveEventType[];

/** The event a message of the stream carries, or null when it is not one this client knows. */
export function parseLiveEvent(text: string): LiveEvent | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(value) || typeof value.type !== 'string' || !Object.hasOwn(REQUIRED_DATA, value.type)) return null;
  if (value.documentId !== undefined && typeof value.documentId !== 'string') return null;
  const { data } = value;
  if (!isRecord(data)) return null;
  const required: readonly string[] = REQUIRED_DATA[value.type as LiveEventType];
  return required.every((key) => typeof data[key] === 'string') ? (value as LiveEvent) : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
