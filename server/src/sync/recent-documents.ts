import type * as Y from 'yjs';
import type { DocumentStore } from './persistence.ts';

interface Recent {
  doc: Y.Doc;
  /** The last logged update the document holds: it is stale once the log has grown past it. */
  lastUpdateId: number;
  timer: NodeJS.Timeout;
}

/**
 * Documents loaded for reading while nobody has them open, kept for a short while: loading replays the snapshot and
 * the log (a long-negotiated compact takes a noticeable fraction of a second), and requests come in bursts (a page
 * opening, a delegation commenting). A kept document is read only, and dropped as soon as its log grows.
 */
export class RecentDocuments {
  private readonly recent = new Map<string, Recent>();

  constructor(
    private readonly store: DocumentStore,
    private readonly keepMs: number,
    private readonly capacity = 4,
  ) {}

  /** The document as logged now: the kept copy when it is current, else loaded (and kept). */
  read<T>(documentId: string, fn: (doc: Y.Doc) => T): T {
    // Inside a transaction the log may hold rows that roll back: such a reading is never kept.
    if (this.store.db.$client.inTransaction) {
      const doc = this.store.load(documentId);
      try {
        return fn(doc);
      } finally {
        doc.destroy();
      }
    }
    const lastUpdateId = this.store.lastUpdateId(this.store.db, documentId);
    let entry = this.recent.get(documentId);
    if (entry && entry.lastUpdateId !== lastUpdateId) this.drop(documentId);
    entry = this.recent.get(documentId);
    if (!entry) {
      while (this.recent.size >= this.capacity) this.drop(this.recent.keys().next().value!);
      entry = { doc: this.store.load(documentId), lastUpdateId, timer: this.expiry(documentId) };
    } else {
      clearTimeout(entry.timer);
      entry.timer = this.expiry(documentId);
      this.recent.delete(documentId);
    }
    this.recent.set(documentId, entry);
    return fn(entry.doc);
  }

  /**
   * Hands the kept document over to a room that opens (which then owns it), when it is still current; the room
   * loads afresh otherwise.
   */
  take(documentId: string): Y.Doc | undefined {
    const entry = this.recent.get(documentId);
    if (!entry) return undefined;
    clearTimeout(entry.timer);
    this.recent.delete(documentId);
    if (entry.lastUpdateId === this.store.lastUpdateId(this.store.db, documentId)) return entry.doc;
    entry.doc.destroy();
    return undefined;
  }

  clear(): void {
    for (const documentId of [...this.recent.keys()]) this.drop(documentId);
  }

  private drop(documentId: string): void {
    const entry = this.recent.get(documentId);
    if (!entry) return;
    clearTimeout(entry.timer);
    entry.doc.destroy();
    this.recent.delete(documentId);
  }

  private expiry(documentId: string): NodeJS.Timeout {
    const timer = setTimeout(() => this.drop(documentId), this.keepMs);
    timer.unref();
    return timer;
  }
}
