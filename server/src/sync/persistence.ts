import { and, asc, count, eq, gt, lte, max } from 'drizzle-orm';
import * as Y from 'yjs';
import type { Db } from '../db/client.ts';
import { documents, yjsSnapshots, yjsUpdates } from '../db/schema.ts';

/** Reads and writes a document's Yjs state: one snapshot plus the log of updates since. */
export class DocumentStore {
  constructor(private readonly db: Db) {}

  /** Builds the Y.Doc from the snapshot and every update logged after it. History is kept (gc off). */
  load(documentId: string): Y.Doc {
    const doc = new Y.Doc({ gc: false });
    const snapshot = this.db.select().from(yjsSnapshots).where(eq(yjsSnapshots.documentId, documentId)).get();
    const since = snapshot?.throughUpdateId ?? 0;
    const updates = this.db
      .select({ update: yjsUpdates.update })
      .from(yjsUpdates)
      .where(and(eq(yjsUpdates.documentId, documentId), gt(yjsUpdates.id, since)))
      .orderBy(asc(yjsUpdates.id))
      .all();
    Y.transact(doc, () => {
      if (snapshot) Y.applyUpdate(doc, snapshot.state);
      for (const { update } of updates) Y.applyUpdate(doc, update);
    });
    return doc;
  }

  /** Appends one update durably; returns its log id. Runs inside the caller's transaction when there is one. */
  append(documentId: string, update: Uint8Array, userId: string | null): number {
    const now = new Date().toISOString();
    const row = this.db
      .insert(yjsUpdates)
      .values({ documentId, update: Buffer.from(update), userId, createdAt: now })
      .returning({ id: yjsUpdates.id })
      .get();
    this.db.update(documents).set({ lastActivityAt: now }).where(eq(documents.id, documentId)).run();
    return row.id;
  }

  /** Writes the initial state of a new document. */
  create(documentId: string, doc: Y.Doc): void {
    this.db
      .insert(yjsSnapshots)
      .values({ documentId, state: Buffer.from(Y.encodeStateAsUpdate(doc)), throughUpdateId: 0 })
      .run();
  }

  pendingUpdateCount(documentId: string): number {
    const snapshot = this.db.select().from(yjsSnapshots).where(eq(yjsSnapshots.documentId, documentId)).get();
    const row = this.db
      .select({ n: count() })
      .from(yjsUpdates)
      .where(and(eq(yjsUpdates.documentId, documentId), gt(yjsUpdates.id, snapshot?.throughUpdateId ?? 0)))
      .get();
    return row?.n ?? 0;
  }

  /**
   * Folds the logged updates into the snapshot. `doc` must contain every logged update (the live room's doc
   * does, because updates are logged from its update handler); the log rows it covers are then deleted.
   */
  compact(documentId: string, doc: Y.Doc): void {
    const state = Buffer.from(Y.encodeStateAsUpdate(doc));
    this.db.transaction((tx) => {
      const through = tx
        .select({ id: max(yjsUpdates.id) })
        .from(yjsUpdates)
        .where(eq(yjsUpdates.documentId, documentId))
        .get()?.id;
      if (!through) return;
      tx.insert(yjsSnapshots)
        .values({ documentId, state, throughUpdateId: through })
        .onConflictDoUpdate({
          target: yjsSnapshots.documentId,
          set: { state, throughUpdateId: through, createdAt: new Date().toISOString() },
        })
        .run();
      tx.delete(yjsUpdates).where(and(eq(yjsUpdates.documentId, documentId), lte(yjsUpdates.id, through))).run();
    });
  }
}
