import type { Writer } from './writer.ts';

/** Who a connection belongs to, as shown to others in presence. Set by the server, never by the client. */
export interface PresenceIdentity {
  userId: string;
  name: string;
  stakeholder: string;
  /** With `role`, what a client needs to ask the shared permission table about this person (who holds the pen). */
  stakeholderId: string;
  role: string;
}

/** What one connection wrote while it was open: recorded in the audit log when it closes. */
export interface EditingSession {
  firstUpdateId: number | null;
  lastUpdateId: number | null;
  updates: number;
  clientIds: Set<number>;
}

/** One client connected to one document. */
export interface Peer {
  readonly userId: string;
  /** Holders of the pen write; every other connection is read-only whatever it sends. */
  readonly writable: boolean;
  readonly identity: PresenceIdentity;
  /** Who the updates of this connection are attributed to. */
  readonly writer: Writer;
  readonly session: EditingSession;
  send(message: Uint8Array): void;
  close(code: number, reason: string): void;
}

export function newEditingSession(): EditingSession {
  return { firstUpdateId: null, lastUpdateId: null, updates: 0, clientIds: new Set() };
}
