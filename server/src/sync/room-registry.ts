import * as Y from 'yjs';
import { CLOSE_SERVER_SHUTDOWN, CLOSE_STORAGE_FAILURE } from '@plenary/shared/protocol/index';
import type { DocumentStore } from './persistence.ts';
import { RecentDocuments } from './recent-documents.ts';
import { DocumentRoom } from './room.ts';
import type { StoredChange } from './stored-change.ts';

/**
 * Keeps a room per open document: loaded on first use, unloaded when its last peer leaves. Compaction
 * (folding the log into the load cache) runs in the background; a failure there is logged and retried on
 * the next round, never fatal: the log itself already holds everything.
 */
export class RoomRegistry {
  private readonly rooms = new Map<string, DocumentRoom>();
  private compactionTimer: NodeJS.Timeout | undefined;
  /** Documents whose log grew since their last compaction, including rooms already unloaded. */
  private readonly uncompacted = new Set<string>();
  /** Documents whose next compaction step is already scheduled. */
  private readonly compacting = new Set<string>();
  /** Documents read while nobody had them open, kept a short while for the next requests. */
  private readonly recent: RecentDocuments;

  constructor(
    private readonly store: DocumentStore,
    compactionIntervalMs: number,
    /** The pids of a document's agreed paragraphs, read from storage when its room opens or its statuses change. */
    private readonly lockedPidsOf: (documentId: string) => ReadonlySet<string> = () => new Set(),
  ) {
    this.recent = new RecentDocuments(store, 30_000);
    if (compactionIntervalMs > 0) {
      this.compactionTimer = setInterval(() => this.compactAll(), compactionIntervalMs);
      this.compactionTimer.unref();
    }
  }

  open(documentId: string): DocumentRoom {
    let room = this.rooms.get(documentId);
    if (!room) {
      room = new DocumentRoom(
        documentId,
        this.recent.take(documentId) ?? this.store.load(documentId),
        this.store,
        this.handlePersistFailure,
        this.lockedPidsOf(documentId),
      );
      this.rooms.set(documentId, room);
      this.uncompacted.add(documentId);
    }
    return room;
  }

  /** Call after a peer left: unloads the room when nobody is left. */
  release(room: DocumentRoom): void {
    if (room.peerCount > 0 || this.rooms.get(room.documentId) !== room) return;
    room.flush();
    this.rooms.delete(room.documentId);
    room.destroy();
    this.compactSafely(room.documentId);
  }

  /**
   * The open room's document, the one its peers edit, with what they sent this turn stored first; undefined when
   * nobody has the document open.
   */
  liveDoc(documentId: string): Y.Doc | undefined {
    const open = this.rooms.get(documentId);
    if (open) this.settle(open);
    return open?.doc;
  }

  /**
   * A reader of the open text sees only what is stored: a peer's update is applied at once and stored at the end
   * of the turn, so store it now. Not inside a transaction, which could roll the peer's updates back after they
   * were relayed: server-side changes store every room's updates before they open theirs (`flushAll`).
   */
  private settle(room: DocumentRoom): void {
    if (!this.store.db.$client.inTransaction) room.flush();
  }

  /** The id of the document's last logged update: it changes with every stored change to the text. */
  lastUpdateId(documentId: string): number {
    return this.store.lastUpdateId(this.store.db, documentId);
  }

  /** Reads the document as it is now, loading it for the call when nobody has it open. */
  read<T>(documentId: string, fn: (doc: Y.Doc) => T): T {
    const open = this.rooms.get(documentId);
    if (!open) return this.recent.read(documentId, fn);
    this.settle(open);
    return fn(open.doc);
  }

  /** Stores every room's waiting updates now: a server-side change is computed on top of stored text only. */
  flushAll(): void {
    for (const room of [...this.rooms.values()]) room.flush();
  }

  /** A private copy of the document as it is now, for computing a server-side change. */
  scratchCopy(documentId: string): Y.Doc {
    const open = this.rooms.get(documentId);
    if (!open) return this.store.load(documentId);
    const copy = new Y.Doc({ gc: false });
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(open.doc));
    return copy;
  }

  /** The agreed paragraphs of a document, which no change may touch. */
  lockedPids(documentId: string): ReadonlySet<string> {
    return this.rooms.get(documentId)?.lockedParagraphs ?? this.lockedPidsOf(documentId);
  }

  /** After a status change has committed: the open room locks the document's agreed paragraphs as they now are. */
  refreshLocks(documentId: string): void {
    this.rooms.get(documentId)?.lockParagraphs(this.lockedPidsOf(documentId));
  }

  isClientIdFree(documentId: string, clientId: number): boolean {
    const open = this.rooms.get(documentId);
    return open ? open.isClientIdFree(clientId) : !this.store.isClientIdClaimed(documentId, clientId);
  }

  /** After COMMIT: a stored server-side change reaches the open room and its peers. */
  applyStoredChange(change: StoredChange): void {
    this.uncompacted.add(change.documentId);
    this.rooms.get(change.documentId)?.applyStoredChange(change);
  }

  /** Closes every socket of the document, so that each reconnects with the access it now has. */
  closePeers(documentId: string, code: number, reason: string): void {
    this.rooms.get(documentId)?.closePeers(code, reason);
  }

  /** Closes one person's sockets on every open document (their capacity changed): they reconnect with their new access. */
  closeUserPeers(userId: string, code: number, reason: string): void {
    for (const room of this.rooms.values()) room.closePeersOf(userId, code, reason);
  }

  compactAll(untilDone = false): void {
    for (const documentId of [...this.uncompacted]) this.compactSafely(documentId, untilDone);
  }

  /**
   * One step of folding the document's log into its snapshot, the next steps following in later turns of the event
   * loop so that a long log never holds it (`untilDone`: every step now, as on shutdown).
   */
  private compactSafely(documentId: string, untilDone = false): void {
    try {
      let more = this.store.compact(documentId);
      while (more && untilDone) more = this.store.compact(documentId);
      if (more) {
        this.uncompacted.add(documentId);
        this.compactLater(documentId);
        return;
      }
      if (!this.rooms.has(documentId)) this.uncompacted.delete(documentId);
    } catch (error) {
      this.uncompacted.add(documentId);
      console.error(`Could not compact document ${documentId}; will retry`, error);
    }
  }

  private compactLater(documentId: string): void {
    if (this.compacting.has(documentId)) return;
    this.compacting.add(documentId);
    setImmediate(() => {
      this.compacting.delete(documentId);
      this.compactSafely(documentId);
    }).unref();
  }

  /** Disconnects every peer and folds what it can into the snapshots. */
  shutdown(): void {
    clearInterval(this.compactionTimer);
    this.recent.clear();
    for (const room of this.rooms.values()) {
      room.flush();
      room.closeAll(CLOSE_SERVER_SHUTDOWN, 'Server shutting down');
      room.destroy();
    }
    this.rooms.clear();
    this.compactAll(true);
  }

  private readonly handlePersistFailure = (room: DocumentRoom, error: unknown) => {
    // The in-memory doc now holds an update the log does not: drop it so the next load comes from disk.
    console.error(`Could not store an update of document ${room.documentId}`, error);
    this.rooms.delete(room.documentId);
    room.closeAll(CLOSE_STORAGE_FAILURE, 'Storage failure');
    room.destroy();
  };
}
