import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openDatabase } from '../db/client.ts';
import { createProcessWithDocument, temporaryDatabase } from '../test/factories.ts';
import { DocumentStore } from './persistence.ts';
import { RoomRegistry } from './room-registry.ts';

function typeInto(doc: Y.Doc, text: string) {
  doc.getText('t').insert(doc.getText('t').length, text);
}

describe('DocumentStore', () => {
  it('rebuilds a document from its snapshot plus the update log, across reopening the file', () => {
    const { db, dataDir } = temporaryDatabase();
    const id = createProcessWithDocument(db);
    const store = new DocumentStore(db);
    const initial = new Y.Doc();
    typeInto(initial, 'Hello');
    store.create(id, initial);

    const live = store.load(id);
    live.on('update', (update: Uint8Array) => store.append(id, update, null));
    typeInto(live, ', world');
    typeInto(live, '!');
    expect(store.pendingUpdateCount(id)).toBe(2);
    db.$client.close();

    const reopened = new DocumentStore(openDatabase(dataDir));
    expect(reopened.load(id).getText('t').toString()).toBe('Hello, world!');
  });

  it('compacts the log into the snapshot without losing or repeating anything', () => {
    const { db } = temporaryDatabase();
    const id = createProcessWithDocument(db);
    const store = new DocumentStore(db);
    store.create(id, new Y.Doc());
    const live = store.load(id);
    live.on('update', (update: Uint8Array) => store.append(id, update, null));
    for (let i = 0; i < 50; i++) typeInto(live, `${i} `);
    store.compact(id, live);
    expect(store.pendingUpdateCount(id)).toBe(0);
    typeInto(live, 'after');
    expect(store.pendingUpdateCount(id)).toBe(1);
    const loaded = store.load(id);
    expect(loaded.getText('t').toString()).toBe(live.getText('t').toString());
    expect(loaded.gc).toBe(false);
  });
});

describe('RoomRegistry', () => {
  it('stores server-side changes durably and unloads the document afterwards', () => {
    const { db } = temporaryDatabase();
    const id = createProcessWithDocument(db);
    const store = new DocumentStore(db);
    store.create(id, new Y.Doc());
    const rooms = new RoomRegistry(store, 0);
    rooms.change(id, null, (doc) => typeInto(doc, 'accepted text'));
    expect(rooms.read(id, (doc) => doc.getText('t').toString())).toBe('accepted text');
    expect(store.load(id).getText('t').toString()).toBe('accepted text');
    rooms.shutdown();
  });
});
