import { and, asc, count, eq, gt, lt, max } from 'drizzle-orm';
import * as Y from 'yjs';
import type { Db, DbHandle } from '../db/client.ts';
import { documents, yjsClients, yjsSnapshots, yjsUpdateClients, yjsUpdates, yjsUpdateWriters } from '../db/schema.ts';
import type { Writer } from './writer.ts';

/** The clock range of one client id that an update carries (`to` exclusive). */
export interface ClockRange {
  clientId: number;
  from: number;
  to: number;
}

export interface LoggedUpdate {
  documentId: string;
  update: Uint8Array;
  writer: Writer;
  ranges: readonly ClockRange[];
  /** Client ids this update uses for the first time in the document: claimed for `writer`. */
  newClientIds: readonly number[];
}

/**
 * A document's Yjs state: the update log, kept for good as the evidence of who wrote what, and a snapshot
 * that only caches a prefix of it for loading. Nothing here deletes or rewrites a logged update.
 */
export class DocumentStore {
  constructor(readonly db: Db) {}

  /** Builds the Y.Doc from the snapshot and every update logged after it. History is kept (gc off). */
  load(documentId: string): Y.Doc {
    const doc = new Y.Doc({ gc: false });
    const snapshot = this.db.select().from(yjsSnapshots).where(eq(yjsSnapshots.documentId, documentId)).get();
    const updates = this.updatesAfter(this.db, documentId, snapshot?.throughUpdateId ?? 0);
    Y.transact(doc, () => {
      if (snapshot) Y.applyUpdate(doc, snapshot.state);
      for (const { update } of updates) Y.applyUpdate(doc, update);
    });
    return doc;
  }

  /**
   * Appends one update with its attribution (its writer, claims for new client ids, the clock ranges it carries).
   * Throws on any storage error; run it inside the caller's transaction so a failure rolls back with it.
   */
  append(handle: DbHandle, entry: LoggedUpdate): number {
    const now = new Date().toISOString();
    const { documentId, writer } = entry;
    for (const clientId of entry.newClientIds) {
      handle
        .insert(yjsClients)
        .values({
          documentId,
          clientId,
          userId: writer.userId,
          stakeholderId: writer.stakeholderId,
          role: writer.role,
          source: writer.source,
          proposalId: writer.proposalId ?? null,
          inputId: writer.inputId ?? null,
          createdAt: now,
        })
        .run();
    }
    const row = handle
      .insert(yjsUpdates)
      .values({ documentId, update: Buffer.from(entry.update), userId: writer.userId, createdAt: now })
      .returning({ id: yjsUpdates.id })
      .get();
    handle
      .insert(yjsUpdateWriters)
      .values({
        updateId: row.id,
        documentId,
        userId: writer.userId,
        stakeholderId: writer.stakeholderId,
        role: writer.role,
        source: writer.source,
        proposalId: writer.proposalId ?? null,
      })
      .run();
    for (const range of entry.ranges) {
      handle
        .insert(yjsUpdateClients)
        .values({ updateId: row.id, documentId, clientId: range.clientId, clockFrom: range.from, clockTo: range.to })
        .run();
    }
    handle.update(documents).set({ lastActivityAt: now }).where(eq(documents.id, documentId)).run();
    return row.id;
  }

  /** The id of the document's last logged update: with `load`, what a revision freezes. */
  lastUpdateId(handle: DbHandle, documentId: string): number {
    const row = handle
      .select({ id: max(yjsUpdates.id) })
      .from(yjsUpdates)
      .where(eq(yjsUpdates.documentId, documentId))
      .get();
    return row?.id ?? 0;
  }

  /**
   * The document as it was just before the last change logged under a client id of the proposal with this
   * source (for 'server': its acceptance), replayed from the log itself; undefined when there is none.
   */
  loadBeforeProposalChange(documentId: string, proposalId: string, source: Writer['source']): Y.Doc | undefined {
    const change = this.db
      .select({ updateId: max(yjsUpdateClients.updateId) })
      .from(yjsUpdateClients)
      .innerJoin(
        yjsClients,
        and(eq(yjsClients.documentId, yjsUpdateClients.documentId), eq(yjsClients.clientId, yjsUpdateClients.clientId)),
      )
      .where(and(eq(yjsUpdateClients.documentId, documentId), eq(yjsClients.proposalId, proposalId), eq(yjsClients.source, source)))
      .get();
    if (!change?.updateId) return undefined;
    const updates = this.db
      .select({ update: yjsUpdates.update })
      .from(yjsUpdates)
      .where(and(eq(yjsUpdates.documentId, documentId), lt(yjsUpdates.id, change.updateId)))
      .orderBy(asc(yjsUpdates.id))
      .all();
    const doc = new Y.Doc({ gc: false });
    Y.transact(doc, () => {
      for (const { update } of updates) Y.applyUpdate(doc, update);
    });
    return doc;
  }

  /** `append` in a transaction of its own. */
  appendNow(entry: LoggedUpdate): number {
    return this.db.transaction((tx) => this.append(tx, entry));
  }

  /** The owners of every client id used in the document so far. */
  claims(documentId: string): Map<number, Pick<Writer, 'userId' | 'source'>> {
    const rows = this.db
      .select({ clientId: yjsClients.clientId, userId: yjsClients.userId, source: yjsClients.source })
      .from(yjsClients)
      .where(eq(yjsClients.documentId, documentId))
      .all();
    return new Map(rows.map((r) => [r.clientId, { userId: r.userId, source: r.source }]));
  }

  isClientIdClaimed(documentId: string, clientId: number): boolean {
    return !!this.db
      .select({ clientId: yjsClients.clientId })
      .from(yjsClients)
      .where(and(eq(yjsClients.documentId, documentId), eq(yjsClients.clientId, clientId)))
      .get();
  }

  /** Logged updates not yet folded into the snapshot. */
  pendingUpdateCount(documentId: string): number {
    const snapshot = this.db.select().from(yjsSnapshots).where(eq(yjsSnapshots.documentId, documentId)).get();
    const row = this.db
      .select({ n: count() })
      .from(yjsUpdates)
      .where(and(eq(yjsUpdates.documentId, documentId), gt(yjsUpdates.id, snapshot?.throughUpdateId ?? 0)))
      .get();
    return row?.n ?? 0;
  }

  /** Writes the first state of a new document as its first logged update, attributed to its creator. */
  create(handle: DbHandle, documentId: string, doc: Y.Doc, creator: Writer): void {
    const ranges = clockRanges(new Map(), Y.decodeStateVector(Y.encodeStateVector(doc)));
    this.append(handle, {
      documentId,
      update: Y.encodeStateAsUpdate(doc),
      writer: creator,
      ranges,
      newClientIds: ranges.map((r) => r.clientId),
    });
  }

  /**
   * Folds the log into the snapshot: the previous snapshot merged with the updates logged since, read back
   * from storage (never from a live document, which may hold changes that did not commit). The log stays.
   */
  compact(documentId: string): void {
    this.db.transaction((tx) => {
      const snapshot = tx.select().from(yjsSnapshots).where(eq(yjsSnapshots.documentId, documentId)).get();
      const updates = this.updatesAfter(tx, documentId, snapshot?.throughUpdateId ?? 0);
      if (updates.length === 0) return;
      const through = updates[updates.length - 1]!.id;
      const state = Buffer.from(Y.mergeUpdates([...(snapshot ? [snapshot.state] : []), ...updates.map((u) => u.update)]));
      tx.insert(yjsSnapshots)
        .values({ documentId, state, throughUpdateId: through })
        .onConflictDoUpdate({
          target: yjsSnapshots.documentId,
          set: { state, throughUpdateId: through, createdAt: new Date().toISOString() },
        })
        .run();
    });
  }

  private updatesAfter(handle: DbHandle, documentId: string, afterId: number) {
    return handle
      .select({ id: yjsUpdates.id, update: yjsUpdates.update })
      .from(yjsUpdates)
      .where(and(eq(yjsUpdates.documentId, documentId), gt(yjsUpdates.id, afterId)))
      .orderBy(asc(yjsUpdates.id))
      .all();
  }
}

/** The clock ranges a transaction added, per client id: what its update carries. */
export function clockRanges(before: Map<number, number>, after: Map<number, number>): ClockRange[] {
  const ranges: ClockRange[] = [];
  for (const [clientId, to] of after) {
    const from = before.get(clientId) ?? 0;
    if (to > from) ranges.push({ clientId, from, to });
  }
  return ranges;
}
