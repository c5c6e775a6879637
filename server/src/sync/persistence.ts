import { and, asc, count, eq, gt, lt, max } from 'drizzle-orm';
import * as Y from 'yjs';
import type { Db, DbHandle } from '../db/client.ts';
import { yjsClients, yjsSnapshots, yjsUpdateClients, yjsUpdates } from '../db/schema.ts';
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
  private statements: ReturnType<typeof prepareAppend> | undefined;

  constructor(readonly db: Db) {}

  private rows() {
    return (this.statements ??= prepareAppend(this.db));
  }

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
   * Throws on any storage error; run it inside the caller's transaction so a failure rolls back with it. The rows
   * go through prepared statements on the store's own SQLite connection, the one every handle of this process
   * shares: `handle` names the transaction the caller holds open on it.
   */
  append(_handle: DbHandle, entry: LoggedUpdate, now = new Date().toISOString()): number {
    const rows = this.rows();
    const { documentId, writer } = entry;
    for (const clientId of entry.newClientIds) {
      rows.claim.run(
        documentId,
        clientId,
        writer.userId,
        writer.stakeholderId,
        writer.role,
        writer.source,
        writer.proposalId ?? null,
        writer.inputId ?? null,
        now,
      );
    }
    const updateId = Number(rows.update.run(documentId, Buffer.from(entry.update), writer.userId, now).lastInsertRowid);
    rows.writer.run(updateId, documentId, writer.userId, writer.stakeholderId, writer.role, writer.source, writer.proposalId ?? null);
    for (const range of entry.ranges) rows.range.run(updateId, documentId, range.clientId, range.from, range.to);
    rows.activity.run(now, documentId);
    return updateId;
  }

  /**
   * Appends updates in one transaction (the updates of one turn of the event loop): one commit, so one sync to
   * disk, for all of them. Returns their ids in order; throws, having stored none, on any storage error.
   */
  appendBatch(entries: readonly LoggedUpdate[]): number[] {
    const now = new Date().toISOString();
    return this.db.transaction((tx) => entries.map((entry) => this.append(tx, entry, now)));
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
   * Folds up to `most` more logged updates into the snapshot: a document is rebuilt from the previous snapshot and
   * those updates, read back from storage (never from a live document, which may hold changes that did not
   * commit), and encoded anew. The log stays. Returns whether updates remain to fold, so that a caller can go on in
   * steps without holding the event loop.
   */
  compact(documentId: string, most = COMPACTION_STEP): boolean {
    return this.db.transaction((tx) => {
      const snapshot = tx.select().from(yjsSnapshots).where(eq(yjsSnapshots.documentId, documentId)).get();
      const updates = this.updatesAfter(tx, documentId, snapshot?.throughUpdateId ?? 0, most + 1);
      if (updates.length === 0) return false;
      const folded = updates.slice(0, most);
      const through = folded[folded.length - 1]!.id;
      const doc = new Y.Doc({ gc: false });
      Y.transact(doc, () => {
        if (snapshot) Y.applyUpdate(doc, snapshot.state);
        for (const { update } of folded) Y.applyUpdate(doc, update);
      });
      const state = Buffer.from(Y.encodeStateAsUpdate(doc));
      doc.destroy();
      tx.insert(yjsSnapshots)
        .values({ documentId, state, throughUpdateId: through })
        .onConflictDoUpdate({
          target: yjsSnapshots.documentId,
          set: { state, throughUpdateId: through, createdAt: new Date().toISOString() },
        })
        .run();
      return updates.length > most;
    });
  }

  private updatesAfter(handle: DbHandle, documentId: string, afterId: number, limit?: number) {
    const query = handle
      .select({ id: yjsUpdates.id, update: yjsUpdates.update })
      .from(yjsUpdates)
      .where(and(eq(yjsUpdates.documentId, documentId), gt(yjsUpdates.id, afterId)))
      .orderBy(asc(yjsUpdates.id));
    return limit === undefined ? query.all() : query.limit(limit).all();
  }
}

/** How many logged updates one compaction step folds into the snapshot. */
const COMPACTION_STEP = 2000;

/** The statements an append runs, prepared once: every keystroke of every writer goes through them. */
function prepareAppend(db: Db) {
  const sqlite = db.$client;
  return {
    claim: sqlite.prepare(
      `INSERT INTO yjs_clients (document_id, client_id, user_id, stakeholder_id, role, source, proposal_id, input_id, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    update: sqlite.prepare('INSERT INTO yjs_updates (document_id, "update", user_id, created_at) VALUES (?, ?, ?, ?)'),
    writer: sqlite.prepare(
      `INSERT INTO yjs_update_writers (update_id, document_id, user_id, stakeholder_id, role, source, proposal_id)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    range: sqlite.prepare(
      'INSERT INTO yjs_update_clients (update_id, document_id, client_id, clock_from, clock_to) VALUES (?, ?, ?, ?, ?)',
    ),
    activity: sqlite.prepare('UPDATE documents SET last_activity_at = ? WHERE id = ?'),
  };
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
