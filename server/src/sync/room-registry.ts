import type * as Y from 'yjs';
import type { DocumentStore } from './persistence.ts';
import type { UpdateOrigin } from './peer.ts';
import { DocumentRoom } from './room.ts';
import { CLOSE_SERVER_SHUTDOWN, CLOSE_STORAGE_FAILURE } from '@plenary/shared/protocol/index';

/** Keeps a room per open document: loaded on first use, compacted and unloaded when its last peer leaves. */
export class RoomRegistry {
  private readonly rooms = new Map<string, DocumentRoom>();
  private compactionTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly store: DocumentStore,
    compactionIntervalMs: number,
  ) {
    if (compactionIntervalMs > 0) {
      this.compactionTimer = setInterval(() => this.compactAll(), compactionIntervalMs);
      this.compactionTimer.unref();
    }
  }

  open(documentId: string): DocumentRoom {
    let room = this.rooms.get(documentId);
    if (!room) {
      room = new DocumentRoom(documentId, this.store.load(documentId), this.store, this.handlePersistFailure);
      this.rooms.set(documentId, room);
    }
    return room;
  }

  /** Call after a peer left or a server-side edit finished: unloads the room when nobody is left. */
  release(room: DocumentRoom): void {
    if (room.peerCount > 0 || this.rooms.get(room.documentId) !== room) return;
    this.compactIfPending(room);
    this.rooms.delete(room.documentId);
    room.destroy();
  }

  /** Runs a server-side change on the live document (loading it if nobody has it open), logged like any update. */
  change<T>(documentId: string, userId: string | null, fn: (doc: Y.Doc) => T): T {
    const room = this.open(documentId);
    try {
      let result!: T;
      const origin: UpdateOrigin = { userId };
      room.doc.transact(() => {
        result = fn(room.doc);
      }, origin);
      return result;
    } finally {
      this.release(room);
    }
  }

  /** Reads the live document without keeping it loaded. */
  read<T>(documentId: string, fn: (doc: Y.Doc) => T): T {
    const room = this.open(documentId);
    try {
      return fn(room.doc);
    } finally {
      this.release(room);
    }
  }

  compactAll(): void {
    for (const room of this.rooms.values()) this.compactIfPending(room);
  }

  private compactIfPending(room: DocumentRoom): void {
    if (this.store.pendingUpdateCount(room.documentId) > 0) this.store.compact(room.documentId, room.doc);
  }

  /** Flushes every open document to its snapshot and disconnects its peers. */
  shutdown(): void {
    clearInterval(this.compactionTimer);
    for (const room of this.rooms.values()) {
      room.closeAll(CLOSE_SERVER_SHUTDOWN, 'Server shutting down');
      this.compactIfPending(room);
      room.destroy();
    }
    this.rooms.clear();
  }

  private readonly handlePersistFailure = (room: DocumentRoom, error: unknown) => {
    // The in-memory doc now holds an update the log does not: drop it so the next load comes from disk.
    console.error(`Could not store an update of document ${room.documentId}`, error);
    this.rooms.delete(room.documentId);
    room.closeAll(CLOSE_STORAGE_FAILURE, 'Storage failure');
    room.destroy();
  };
}
