import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { lockedFingerprints, type LockedFingerprints } from '@plenary/shared/schema/index';
import { CLOSE_CLIENT_ID_TAKEN, CLOSE_INVALID_UPDATE } from '@plenary/shared/protocol/index';
import { clockRanges, type DocumentStore, type LoggedUpdate } from './persistence.ts';
import type { Peer } from './peer.ts';
import { PresenceGuard } from './presence-guard.ts';
import { encodeAwareness, encodeSyncStep1, encodeUpdate } from './protocol.ts';
import { StoredChange } from './stored-change.ts';
import { FRAGMENT, refusalOfTransaction } from './update-check.ts';
import { sameWriter, type Writer } from './writer.ts';

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

interface Refusal {
  code: number;
  reason: string;
}

interface PendingUpdate extends LoggedUpdate {
  peer: Peer;
}

/** A turn's batch is stored early past these, so that a flood cannot grow it without bound. */
const BATCH_MAX_UPDATES = 500;
const BATCH_MAX_BYTES = 4 * 1024 * 1024;

/**
 * One open document: the authoritative Y.Doc, its presence, and the peers connected to it.
 * Every update is checked, then written to the log, before any peer is sent it: a crash loses nothing a
 * client saw, and an update the schema or the client-id table refuses is never stored nor relayed. The updates
 * that arrive in one turn of the event loop are stored in one transaction (one sync to disk) at its end, then
 * relayed; until then nothing computed from the document that holds them leaves the server.
 */
export class DocumentRoom {
  readonly awareness: awarenessProtocol.Awareness;
  readonly presence: PresenceGuard;
  private readonly peers = new Set<Peer>();
  private currentDoc: Y.Doc;
  private readonly claims: Map<number, Pick<Writer, 'userId' | 'source'>>;
  private refusal: Refusal | null = null;
  /** The agreed paragraphs' blocks as they stand: no peer's update may change them. */
  private locked: LockedFingerprints = new Map();
  /** Peers' checked updates of this turn of the event loop, stored together at its end and only then relayed. */
  private pending: PendingUpdate[] = [];
  private pendingBytes = 0;
  /** Messages computed from the document while it held pending updates: sent once those are stored. */
  private held: { peer: Peer; message: Uint8Array }[] = [];
  private flushScheduled: NodeJS.Immediate | undefined;

  constructor(
    readonly documentId: string,
    doc: Y.Doc,
    private readonly store: DocumentStore,
    private readonly onPersistFailure: (room: DocumentRoom, error: unknown) => void,
    private lockedPids: ReadonlySet<string> = new Set(),
  ) {
    this.currentDoc = withTextRoot(doc);
    this.fingerprintLocked();
    this.claims = store.claims(documentId);
    // Presence lives on a document of its own, so the text document can be reloaded under it.
    this.awareness = new awarenessProtocol.Awareness(new Y.Doc());
    this.awareness.setLocalState(null);
    this.presence = new PresenceGuard(this.awareness.clientID, (clientId) => this.awareness.meta.get(clientId)?.clock);
    doc.on('update', this.handleUpdate);
    this.awareness.on('update', this.handleAwarenessUpdate);
  }

  get doc(): Y.Doc {
    return this.currentDoc;
  }

  get peerCount(): number {
    return this.peers.size;
  }

  /** The pids of the agreed paragraphs, which no update may change. */
  get lockedParagraphs(): ReadonlySet<string> {
    return this.lockedPids;
  }

  /** Locks exactly these paragraphs from now on (after a status change). */
  lockParagraphs(pids: ReadonlySet<string>): void {
    this.lockedPids = pids;
    this.fingerprintLocked();
  }

  /** Whether a client id is free for a server-side change. */
  isClientIdFree(clientId: number): boolean {
    return !this.claims.has(clientId);
  }

  join(peer: Peer): void {
    this.peers.add(peer);
    peer.send(encodeSyncStep1(this.doc));
    const states = [...this.awareness.getStates().keys()];
    if (states.length > 0) this.sendPresence(peer, encodeAwareness(this.awareness, states));
  }

  /**
   * Sends a message computed from the document (a sync answer) once every update it may contain is stored: at
   * once when none is waiting.
   */
  sendWhenStored(peer: Peer, message: Uint8Array): void {
    if (this.pending.length === 0) peer.send(message);
    else this.held.push({ peer, message });
  }

  /**
   * Stores the updates waiting for the end of this turn, then relays them and what was held back. A storage
   * failure ends the room (`onPersistFailure`): none of the batch was relayed, so no client saw any of it.
   */
  flush(): void {
    if (this.flushScheduled) clearImmediate(this.flushScheduled);
    this.flushScheduled = undefined;
    if (this.pending.length === 0) return;
    const batch = this.pending;
    const held = this.held;
    this.pending = [];
    this.pendingBytes = 0;
    this.held = [];
    let ids: number[];
    try {
      ids = this.store.appendBatch(batch);
    } catch (error) {
      this.onPersistFailure(this, error);
      return;
    }
    batch.forEach((entry, i) => {
      recordInSession(
        entry.peer,
        ids[i]!,
        entry.ranges.map((r) => r.clientId),
      );
      this.broadcast(entry.update);
    });
    for (const { peer, message } of held) if (this.peers.has(peer)) peer.send(message);
  }

  /** Sends presence to one peer, which a stock client will echo back. */
  sendPresence(peer: Peer, message: Uint8Array): void {
    this.presence.sent(peer);
    peer.send(message);
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

  /**
   * Applies a writable peer's update. When it is refused, the document is reloaded from storage (which never
   * saw the update) and the peer is told to reload, so the refused change exists nowhere on the server.
   */
  applyPeerUpdate(peer: Peer, update: Uint8Array): void {
    let refusal: Refusal | null;
    try {
      Y.applyUpdate(this.doc, update, peer);
      refusal =
        this.refusal ??
        (this.doc.store.pendingStructs || this.doc.store.pendingDs
          ? { code: CLOSE_INVALID_UPDATE, reason: 'The update depends on changes the server does not have.' }
          : null);
    } catch (error) {
      // An update can fail to decode after its structs were integrated (the delete set comes last): whatever
      // of it the log did not take must not stay in memory, nor a refusal meant for it wait for the next one.
      this.refusal = null;
      this.flush();
      this.replaceDoc(this.store.load(this.documentId));
      throw error;
    }
    this.refusal = null;
    if (!refusal) return;
    // The updates checked before this one are sound: they are stored, and the refused one exists nowhere.
    this.flush();
    this.replaceDoc(this.store.load(this.documentId));
    peer.close(refusal.code, refusal.reason.slice(0, 120));
  }

  /** Applies a server-side change that is already stored, and relays it. */
  applyStoredChange(change: StoredChange): void {
    this.flush();
    Y.applyUpdate(this.doc, change.update, change);
    this.fingerprintLocked();
  }

  closeAll(code: number, reason: string): void {
    for (const peer of [...this.peers.keys()]) peer.close(code, reason);
    this.peers.clear();
  }

  closePeers(code: number, reason: string): void {
    for (const peer of [...this.peers.keys()]) peer.close(code, reason);
  }

  closePeersOf(userId: string, code: number, reason: string): void {
    for (const peer of [...this.peers.keys()]) if (peer.userId === userId) peer.close(code, reason);
  }

  destroy(): void {
    if (this.flushScheduled) clearImmediate(this.flushScheduled);
    this.doc.off('update', this.handleUpdate);
    this.awareness.off('update', this.handleAwarenessUpdate);
    this.awareness.destroy();
    this.doc.destroy();
  }

  private replaceDoc(doc: Y.Doc): void {
    this.currentDoc.off('update', this.handleUpdate);
    this.currentDoc.destroy();
    this.currentDoc = withTextRoot(doc);
    doc.on('update', this.handleUpdate);
    this.fingerprintLocked();
  }

  private fingerprintLocked(): void {
    this.locked = lockedFingerprints(this.currentDoc.getXmlFragment(FRAGMENT), this.lockedPids);
  }

  private readonly handleUpdate = (update: Uint8Array, origin: unknown, doc: Y.Doc, transaction: Y.Transaction) => {
    if (origin instanceof StoredChange) {
      this.claims.set(origin.clientId, origin.writer);
      this.broadcast(update);
      return;
    }
    const peer = this.peers.has(origin as Peer) ? (origin as Peer) : null;
    if (!peer) {
      // Only peers and stored changes write to a room's document; anything else is a bug, never stored.
      this.refusal = { code: CLOSE_INVALID_UPDATE, reason: 'Unattributed change.' };
      return;
    }
    const ranges = clockRanges(transaction.beforeState, transaction.afterState);
    const refusal = this.refusalFor(
      peer.writer,
      ranges.map((r) => r.clientId),
      doc,
      transaction,
    );
    if (refusal) {
      this.refusal = refusal;
      return;
    }
    const newClientIds = ranges.map((r) => r.clientId).filter((id) => !this.claims.has(id));
    for (const id of newClientIds) this.claims.set(id, peer.writer);
    this.pending.push({ documentId: this.documentId, update, writer: peer.writer, ranges, newClientIds, peer });
    this.pendingBytes += update.byteLength;
    if (this.pending.length >= BATCH_MAX_UPDATES || this.pendingBytes >= BATCH_MAX_BYTES) this.flush();
    else this.flushScheduled ??= setImmediate(() => this.flush());
  };

  private refusalFor(writer: Writer, clientIds: number[], doc: Y.Doc, transaction: Y.Transaction): Refusal | null {
    for (const id of clientIds) {
      const owner = this.claims.get(id);
      if (owner && !sameWriter(owner, writer)) {
        return { code: CLOSE_CLIENT_ID_TAKEN, reason: `Client id ${id} belongs to another writer.` };
      }
    }
    const problem = refusalOfTransaction(doc, transaction, this.locked);
    return problem ? { code: CLOSE_INVALID_UPDATE, reason: problem } : null;
  }

  private broadcast(update: Uint8Array): void {
    const message = encodeUpdate(update);
    for (const peer of this.peers.keys()) peer.send(message);
  }

  private readonly handleAwarenessUpdate = ({ added, updated, removed }: AwarenessChange, origin: unknown) => {
    const peer = this.peers.has(origin as Peer) ? (origin as Peer) : null;
    if (peer) this.stampIdentity(peer, [...added, ...updated]);
    const changed = [...added, ...updated, ...removed];
    const message = encodeAwareness(this.awareness, changed);
    for (const other of this.peers.keys()) this.sendPresence(other, message);
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

/**
 * Defines the text's root type before any update arrives. A loaded document holds an untyped placeholder,
 * which the first check would swap for the fragment while the transaction still names the placeholder.
 */
function withTextRoot(doc: Y.Doc): Y.Doc {
  doc.getXmlFragment(FRAGMENT);
  return doc;
}

function recordInSession(peer: Peer, updateId: number, clientIds: number[]): void {
  const session = peer.session;
  session.firstUpdateId ??= updateId;
  session.lastUpdateId = updateId;
  session.updates++;
  for (const id of clientIds) session.clientIds.add(id);
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
