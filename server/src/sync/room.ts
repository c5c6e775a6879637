import * as awarenessProtocol from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { DocumentStore } from './persistence.ts';
import type { Peer, UpdateOrigin } from './peer.ts';
import { PresenceGuard } from './presence-guard.ts';
import { encodeAwareness, encodeSyncStep1, encodeUpdate } from './protocol.ts';

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

/**
 * One open document: the authoritative Y.Doc, its presence, and the peers connected to it.
 * Every update is written to the log before any peer is sent it, so a crash loses nothing a client saw.
 */
export class DocumentRoom {
  readonly awareness: awarenessProtocol.Awareness;
  readonly presence: PresenceGuard;
  private readonly peers = new Set<Peer>();

  constructor(
    readonly documentId: string,
    readonly doc: Y.Doc,
    private readonly store: DocumentStore,
    private readonly onPersistFailure: (room: DocumentRoom, error: unknown) => void,
  ) {
    this.awareness = new awarenessProtocol.Awareness(doc);
    this.awareness.setLocalState(null);
    this.presence = new PresenceGuard(this.awareness.clientID);
    doc.on('update', this.handleUpdate);
    this.awareness.on('update', this.handleAwarenessUpdate);
  }

  get peerCount(): number {
    return this.peers.size;
  }

  join(peer: Peer): void {
    this.peers.add(peer);
    peer.send(encodeSyncStep1(this.doc));
    const states = [...this.awareness.getStates().keys()];
    if (states.length > 0) peer.send(encodeAwareness(this.awareness, states));
  }

  leave(peer: Peer): void {
    this.peers.delete(peer);
    const owned = this.presence.release(peer);
    if (owned.length > 0) awarenessProtocol.removeAwarenessStates(this.awareness, owned, null);
  }

  /** Applies a peer's presence, once the guard has kept only what that socket may publish. */
  receiveAwareness(peer: Peer, update: Uint8Array): void {
    const admitted = this.presence.admit(peer, update);
    if (admitted) awarenessProtocol.applyAwarenessUpdate(this.awareness, admitted, peer);
  }

  closeAll(code: number, reason: string): void {
    for (const peer of [...this.peers.keys()]) peer.close(code, reason);
    this.peers.clear();
  }

  destroy(): void {
    this.doc.off('update', this.handleUpdate);
    this.awareness.off('update', this.handleAwarenessUpdate);
    this.awareness.destroy();
    this.doc.destroy();
  }

  private readonly handleUpdate = (update: Uint8Array, origin: unknown) => {
    const userId = (origin as Partial<UpdateOrigin> | null)?.userId ?? null;
    try {
      this.store.append(this.documentId, update, userId);
    } catch (error) {
      this.onPersistFailure(this, error);
      return;
    }
    const message = encodeUpdate(update);
    for (const peer of this.peers.keys()) peer.send(message);
  };

  private readonly handleAwarenessUpdate = ({ added, updated, removed }: AwarenessChange, origin: unknown) => {
    const peer = this.peers.has(origin as Peer) ? (origin as Peer) : null;
    if (peer) this.stampIdentity(peer, [...added, ...updated]);
    const changed = [...added, ...updated, ...removed];
    const message = encodeAwareness(this.awareness, changed);
    for (const other of this.peers.keys()) other.send(message);
  };

  /** Presence shows who someone really is: the server overwrites the identity fields a client claims. */
  private stampIdentity(peer: Peer, clientIds: number[]): void {
    for (const id of clientIds) {
      const state = this.awareness.states.get(id);
      if (!state) continue;
      const claimed = isPlainObject(state.user) ? state.user : {};
      state.user = { ...claimed, ...peer.identity };
    }
  }
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
