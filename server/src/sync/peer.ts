/** Who a connection belongs to, as shown to others in presence. Set by the server, never by the client. */
export interface PresenceIdentity {
  userId: string;
  name: string;
  stakeholder: string;
  role: string;
}

/** One client connected to one document. */
export interface Peer {
  readonly userId: string;
  /** Holders of the pen write; every other connection is read-only whatever it sends. */
  readonly writable: boolean;
  readonly identity: PresenceIdentity;
  send(message: Uint8Array): void;
  close(code: number, reason: string): void;
}

/** The origin passed with Yjs transactions, so the log records who made each update. */
export interface UpdateOrigin {
  userId: string | null;
}
