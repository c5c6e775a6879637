import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { prosemirrorJSONToYDoc } from '@tiptap/y-tiptap';
import { documentSchema } from '@plenary/shared/schema/index';
import { openDatabase } from '../db/client.ts';
import { createProcessWithDocument, createWriter, temporaryDatabase } from '../test/factories.ts';
import { clockRanges, DocumentStore } from './persistence.ts';
import { RoomRegistry } from './room-registry.ts';
import { changeTextInTransaction, InvalidTextChangeError, LockedParagraphError } from './text-change.ts';
import type { Writer } from './writer.ts';
import { readParagraphText, writeParagraphText } from '../text/paragraph-text-writer.ts';

const PID = 'op00000001';

function draft(): Y.Doc {
  return prosemirrorJSONToYDoc(
    documentSchema,
    { type: 'doc', content: [{ type: 'operativeParagraph', attrs: { pid: PID }, content: [{ type: 'text', text: 'We commit' }] }] },
    'default',
  );
}

/** Logs every update of `doc` as `writer` would through a socket. */
function logUpdates(store: DocumentStore, documentId: string, doc: Y.Doc, writer: Writer) {
  const claimed = new Set<number>();
  doc.on('update', (update: Uint8Array, _origin: unknown, _doc: Y.Doc, tr: Y.Transaction) => {
    const ranges = clockRanges(tr.beforeState, tr.afterState);
    const newClientIds = ranges.map((r) => r.clientId).filter((id) => !claimed.has(id));
    newClientIds.forEach((id) => claimed.add(id));
    store.appendNow({ documentId, update, writer, ranges, newClientIds });
  });
}

function setup() {
  const { db, dataDir } = temporaryDatabase();
  const id = createProcessWithDocument(db);
  const store = new DocumentStore(db);
  const creator = createWriter(db, { source: 'server', role: 'secretariat', stakeholderId: 'secretariat' });
  store.create(db, id, draft(), creator);
  return { db, dataDir, id, store, creator };
}

describe('DocumentStore', () => {
  it('rebuilds a document from the log, across reopening the file', () => {
    const { db, dataDir, id, store } = setup();
    const live = store.load(id);
    logUpdates(store, id, live, createWriter(db));
    writeParagraphText(live, PID, 'We commit to cooperate');
    writeParagraphText(live, PID, 'We commit to cooperate fully');
    expect(store.pendingUpdateCount(id)).toBe(3);
    db.$client.close();

    const reopened = new DocumentStore(openDatabase(dataDir));
    expect(readParagraphText(reopened.load(id), PID)).toBe('We commit to cooperate fully');
  });

  it('compacts into a snapshot built from the log and keeps every log row', () => {
    const { db, id, store } = setup();
    const live = store.load(id);
    logUpdates(store, id, live, createWriter(db));
    for (let i = 0; i < 20; i++) writeParagraphText(live, PID, `We commit ${i}`);
    const rowsBefore = db.$client.prepare('SELECT count(*) AS n FROM yjs_updates').get() as { n: number };
    store.compact(id);
    expect(store.pendingUpdateCount(id)).toBe(0);
    expect(db.$client.prepare('SELECT count(*) AS n FROM yjs_updates').get()).toEqual(rowsBefore);
    live.transact(() => writeParagraphText(live, PID, 'after'));
    expect(store.pendingUpdateCount(id)).toBe(1);
    const loaded = store.load(id);
    expect(readParagraphText(loaded, PID)).toBe('after');
    expect(loaded.gc).toBe(false);
  });

  it('never snapshots what only lives in memory', () => {
    const { id, store } = setup();
    const live = store.load(id);
    writeParagraphText(live, PID, 'Never logged');
    store.compact(id);
    expect(readParagraphText(store.load(id), PID)).toBe('We commit');
  });

  it('refuses to update or delete the log, even with raw SQL', () => {
    const { db } = setup();
    expect(() => db.$client.prepare('DELETE FROM yjs_updates').run()).toThrow(/append-only/);
    expect(() => db.$client.prepare("UPDATE yjs_updates SET user_id = 'someone'").run()).toThrow(/append-only/);
    expect(() => db.$client.prepare('DELETE FROM yjs_clients').run()).toThrow(/append-only/);
  });

  it('records who owns each client id and the clock ranges of every update', () => {
    const { db, id, store, creator } = setup();
    const writer = createWriter(db);
    const live = store.load(id);
    logUpdates(store, id, live, writer);
    writeParagraphText(live, PID, 'We firmly commit');
    const claims = store.claims(id);
    expect(claims.get(live.clientID)).toEqual({ userId: writer.userId, source: 'socket' });
    expect([...claims.values()]).toContainEqual({ userId: creator.userId, source: 'server' });
    const ranges = db.$client
      .prepare('SELECT client_id, clock_from, clock_to FROM yjs_update_clients WHERE client_id = ?')
      .all(live.clientID);
    expect(ranges).toHaveLength(1);
  });
});

describe('server-side text changes', () => {
  function registry() {
    const context = setup();
    const rooms = new RoomRegistry(context.store, 0);
    const writer = createWriter(context.db);
    return { ...context, rooms, writer, services: { db: context.db, rooms, store: context.store } };
  }

  it('stores the change with the SQL and applies it to the open room only after commit', () => {
    const { id, rooms, store, writer, services } = registry();
    const room = rooms.open(id);
    let seenDuringTransaction = '';
    changeTextInTransaction(services, (_tx, text) => {
      text.edit(id, writer, (doc) => writeParagraphText(doc, PID, 'We commit to cooperate'));
      seenDuringTransaction = readParagraphText(room.doc, PID)!;
    });
    expect(seenDuringTransaction).toBe('We commit');
    expect(readParagraphText(room.doc, PID)).toBe('We commit to cooperate');
    expect(readParagraphText(store.load(id), PID)).toBe('We commit to cooperate');
    rooms.shutdown();
  });

  it('rolls back the text with the transaction: not stored, not applied, not compacted later', () => {
    const { db, id, rooms, store, writer, services } = registry();
    const room = rooms.open(id);
    const rowsBefore = db.$client.prepare('SELECT count(*) AS n FROM yjs_updates').get();
    expect(() =>
      changeTextInTransaction(services, (_tx, text) => {
        text.edit(id, writer, (doc) => writeParagraphText(doc, PID, 'Rolled back'));
        throw new Error('later step failed');
      }),
    ).toThrow('later step failed');
    expect(db.$client.prepare('SELECT count(*) AS n FROM yjs_updates').get()).toEqual(rowsBefore);
    expect(readParagraphText(room.doc, PID)).toBe('We commit');
    rooms.compactAll();
    rooms.shutdown();
    expect(readParagraphText(store.load(id), PID)).toBe('We commit');
  });

  it('gives each server-side change its own client id, claimed as a server change', () => {
    const { id, rooms, store, writer, services } = registry();
    for (const words of ['first', 'second']) {
      changeTextInTransaction(services, (_tx, text) => text.edit(id, writer, (doc) => writeParagraphText(doc, PID, `We commit ${words}`)));
    }
    const serverClaims = [...store.claims(id).entries()].filter(([, c]) => c.userId === writer.userId);
    expect(serverClaims).toHaveLength(2);
    expect(serverClaims.every(([, c]) => c.source === 'server')).toBe(true);
    rooms.shutdown();
  });

  it('refuses a change that would break the schema, and stores nothing', () => {
    const { db, id, rooms, writer, services } = registry();
    const rowsBefore = db.$client.prepare('SELECT count(*) AS n FROM yjs_updates').get();
    expect(() =>
      changeTextInTransaction(services, (_tx, text) =>
        text.edit(id, writer, (doc) => doc.getXmlFragment('default').insert(0, [new Y.XmlText('loose text')])),
      ),
    ).toThrow(InvalidTextChangeError);
    expect(db.$client.prepare('SELECT count(*) AS n FROM yjs_updates').get()).toEqual(rowsBefore);
    rooms.shutdown();
  });

  it('refuses a change of an agreed paragraph, open room or not, and stores nothing', () => {
    const { db, id, store } = setup();
    const locked = new Set([PID]);
    const rooms = new RoomRegistry(store, 0, () => locked);
    const services = { db, rooms, store };
    const writer = createWriter(db);
    const rowsBefore = db.$client.prepare('SELECT count(*) AS n FROM yjs_updates').get();
    const edit = () =>
      changeTextInTransaction(services, (_tx, text) =>
        text.edit(id, writer, (doc) => writeParagraphText(doc, PID, 'We commit to nothing')),
      );
    expect(edit).toThrow(LockedParagraphError);
    const room = rooms.open(id);
    expect(edit).toThrow(LockedParagraphError);
    expect(db.$client.prepare('SELECT count(*) AS n FROM yjs_updates').get()).toEqual(rowsBefore);
    expect(readParagraphText(room.doc, PID)).toBe('We commit');

    // Reopened: the room is told, and the same change goes through.
    locked.clear();
    rooms.refreshLocks(id);
    edit();
    expect(readParagraphText(room.doc, PID)).toBe('We commit to nothing');
    rooms.shutdown();
  });
});
