import { CLOSE_TOO_FAST, CLOSE_PRESENCE_TOO_LARGE, CLOSE_PRESENCE_TOO_MANY_CLIENTS } from '@plenary/shared/protocol/index';
import { encodeAwarenessEntries, readAwarenessEntries, type AwarenessEntry } from './awareness-update.ts';
import type { Peer } from './peer.ts';
import { SyncRefusal } from './sync-refusal.ts';
import { TokenBucket } from '../limits/token-bucket.ts';

export interface PresenceLimits {
  /** Bytes of one state's JSON text; a caret, a selection and a name need a few hundred. */
  maxStateBytes: number;
  /** Client ids one socket may ever speak for; a browser tab uses one. */
  maxClientIdsPerSocket: number;
  /** Sustained presence messages per second per socket (updates and queries alike). */
  messagesPerSecond: number;
  /** How many may come at once: dragging a selection moves the caret on every frame for a moment. */
  burst: number;
  /** Echoes a socket may have in hand: one is earned per presence message sent to it, up to this many. */
  maxEchoes: number;
}

export const PRESENCE_LIMITS: PresenceLimits = {
  maxStateBytes: 4096,
  maxClientIdsPerSocket: 4,
  messagesPerSecond: 30,
  burst: 60,
  maxEchoes: 1000,
};

interface SocketPresence {
  owned: Set<number>;
  bucket: TokenBucket;
  /** Presence messages sent to this socket that it has not echoed back yet. */
  echoes: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decides which presence a socket may publish in one room. Every state is relayed to every peer, so size and
 * rate are bounded per socket, and a client id belongs to the first socket that speaks for it until that
 * socket leaves: entries naming someone else's client id are dropped, so nobody moves or relabels another's caret.
 *
 * A stock y-websocket client sends back every presence update it receives, everyone's states included (all of
 * them at once when it joins). Such an echo names nobody the socket may speak for: it is dropped, and it is
 * paid for with the presence messages the room sent that socket, not with its own rate, so a room of hundreds
 * keeps every socket open however fast the others move their carets. An echo can arrive after the socket that
 * owned the state has left: it carries a clock the room has already seen (the room removed that state at that
 * clock), so it claims nothing. The room's awareness keeps the last clock of every client id it has seen.
 */
export class PresenceGuard {
  private readonly owners = new Map<number, Peer>();
  private readonly sockets = new Map<Peer, SocketPresence>();

  constructor(
    /** The room's own client id (its server-side edits use it): no socket may speak for it. */
    private readonly serverClientId: number,
    /** The clock the room last applied for a client id, if it ever had a state for it. */
    private readonly roomClock: (clientId: number) => number | undefined = () => undefined,
    private readonly limits: PresenceLimits = PRESENCE_LIMITS,
  ) {}

  /** Counts one presence message against the socket's rate; throws a SyncRefusal when it is over. */
  countMessage(peer: Peer): void {
    if (!this.socket(peer).bucket.take()) {
      throw new SyncRefusal(CLOSE_TOO_FAST, 'Presence messages too frequent');
    }
  }

  /**
   * Checks an awareness update from `peer`. Returns it re-encoded with only the entries the socket may make,
   * or null when none remain. Throws a SyncRefusal when the socket breaks a limit, and an Error when the update
   * is malformed.
   */
  admit(peer: Peer, update: Uint8Array): Uint8Array | null {
    const socket = this.socket(peer);
    const candidates: Array<{ entry: AwarenessEntry; removing: boolean }> = [];
    for (const entry of readAwarenessEntries(update)) {
      if (entry.state.length > this.limits.maxStateBytes) {
        throw new SyncRefusal(CLOSE_PRESENCE_TOO_LARGE, `Presence states are limited to ${this.limits.maxStateBytes} bytes`);
      }
      // Someone else's state, or one the room has already seen, is dropped unread.
      if (this.isSomeoneElses(peer, entry.clientId) || this.isStale(peer, entry)) continue;
      candidates.push({ entry, removing: parseState(entry.state) === null });
    }
    // Only the socket's own states and new claims count against its rate; the rest echoes what it was sent.
    const speaks = candidates.some(({ entry, removing }) => this.owners.get(entry.clientId) === peer || !removing);
    if (!speaks && socket.echoes > 0) socket.echoes--;
    else this.countMessage(peer);
    const admitted = candidates.filter(({ entry, removing }) => this.mayTouch(peer, socket, entry.clientId, removing));
    return admitted.length > 0 ? encodeAwarenessEntries(admitted.map(({ entry }) => entry)) : null;
  }

  /** Counts a presence message the room sent to `peer`: the echo a stock client sends back is already paid. */
  sent(peer: Peer): void {
    const socket = this.socket(peer);
    socket.echoes = Math.min(this.limits.maxEchoes, socket.echoes + 1);
  }

  /** Forgets a socket that left; returns the client ids it owned, whose states should now be removed. */
  release(peer: Peer): number[] {
    const socket = this.sockets.get(peer);
    this.sockets.delete(peer);
    if (!socket) return [];
    for (const clientId of socket.owned) this.owners.delete(clientId);
    return [...socket.owned];
  }

  /** Owned by another socket, or the room's own: never this socket's to change. */
  private isSomeoneElses(peer: Peer, clientId: number): boolean {
    const owner = this.owners.get(clientId);
    return owner ? owner !== peer : clientId === this.serverClientId;
  }

  /** An unowned state the room has already seen at this clock or a later one: an echo, never a claim. */
  private isStale(peer: Peer, { clientId, clock }: AwarenessEntry): boolean {
    if (this.owners.get(clientId) === peer) return false;
    const seen = this.roomClock(clientId);
    return seen !== undefined && clock <= seen;
  }

  private mayTouch(peer: Peer, socket: SocketPresence, clientId: number, removing: boolean): boolean {
    const owner = this.owners.get(clientId);
    if (owner) return owner === peer;
    // Removing a state nobody owns changes nothing; only a socket's own first state claims its id.
    if (removing || clientId === this.serverClientId) return false;
    if (socket.owned.size >= this.limits.maxClientIdsPerSocket) throw this.tooManyClients();
    socket.owned.add(clientId);
    this.owners.set(clientId, peer);
    return true;
  }

  private tooManyClients(): SyncRefusal {
    return new SyncRefusal(
      CLOSE_PRESENCE_TOO_MANY_CLIENTS,
      `One connection may publish presence for at most ${this.limits.maxClientIdsPerSocket} client ids`,
    );
  }

  private socket(peer: Peer): SocketPresence {
    let socket = this.sockets.get(peer);
    if (!socket) {
      socket = { owned: new Set(), bucket: new TokenBucket(this.limits.messagesPerSecond, this.limits.burst), echoes: 0 };
      this.sockets.set(peer, socket);
    }
    return socket;
  }
}

/** A presence state is a JSON object, or null to remove it; anything else is malformed. */
function parseState(bytes: Uint8Array): Record<string, unknown> | null {
  const state: unknown = JSON.parse(utf8.decode(bytes));
  if (state === null) return null;
  if (typeof state !== 'object' || Array.isArray(state)) throw new Error('A presence state must be an object or null');
  return state as Record<string, unknown>;
}
