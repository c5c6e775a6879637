import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { prosemirrorJSONToYDoc } from '@tiptap/y-tiptap';
import { CLOSE_INVALID_UPDATE } from '@plenary/shared/protocol/index';
import { documentSchema } from '@plenary/shared/schema/index';
import { createProcessWithDocument, createWriter, temporaryDatabase } from '../test/factories.ts';
import { newEditingSession, type Peer } from './peer.ts';
import { DocumentStore } from './persistence.ts';
import { readParagraphText } from '../text/paragraph-text-writer.ts';
import { DocumentRoom } from './room.ts';

const PID = 'op00000001';

/**
 * A room on a freshly loaded document, with one writable peer whose transport only records. `read`: the text
 * was read once since loading, as any listing of its paragraphs does.
 */
function openRoom({ read = false } = {}) {
  const { db } = temporaryDatabase();
  const id = createProcessWithDocument(db);
  const store = new DocumentStore(db);
  const draft = prosemirrorJSONToYDoc(
    documentSchema,
    { type: 'doc', content: [{ type: 'operativeParagraph', attrs: { pid: PID }, content: [{ type: 'text', text: 'We commit' }] }] },
    'default',
  );
  store.create(db, id, draft, createWriter(db, { source: 'server', role: 'secretariat', stakeholderId: 'secretariat' }));
  const room = new DocumentRoom(id, store.load(id), store, () => {
    throw new Error('storage failed');
  });
  const writer = createWriter(db);
  const closes: { code: number; reason: string }[] = [];
  const peer: Peer = {
    userId: writer.userId,
    writable: true,
    identity: { userId: writer.userId, name: 'Writer', stakeholder: 'Mexico', stakeholderId: writer.stakeholderId, role: writer.role },
    writer,
    session: newEditingSession(),
    send: () => {},
    close: (code, reason) => closes.push({ code, reason }),
  };
  room.join(peer);
  if (read) readParagraphText(room.doc, PID);
  /** What the log holds once the room has stored this turn's updates. */
  const logged = () => {
    room.flush();
    return store.pendingUpdateCount(id);
  };
  return { room, peer, closes, logged, stored: () => store.pendingUpdateCount(id), store, db, writer };
}

/** The update a client holding the room's current text would send after `change`. */
function clientUpdate(room: DocumentRoom, change: (doc: Y.Doc) => void): Uint8Array {
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(room.doc));
  const before = Y.encodeStateVector(client);
  change(client);
  return Y.encodeStateAsUpdate(client, before);
}

function appendParagraph(doc: Y.Doc, pid: string, fill: (paragraph: Y.XmlElement) => void): void {
  const paragraph = new Y.XmlElement('operativeParagraph');
  paragraph.setAttribute('pid', pid);
  fill(paragraph);
  doc.getXmlFragment('default').push([paragraph]);
}

const withText = (text: string) => (paragraph: Y.XmlElement) => paragraph.insert(0, [new Y.XmlText(text)]);

describe('DocumentRoom.applyPeerUpdate', () => {
  it('accepts a new paragraph as the first update after the document is loaded', () => {
    const { room, peer, closes, logged } = openRoom();
    room.applyPeerUpdate(
      peer,
      clientUpdate(room, (doc) => appendParagraph(doc, 'op00000002', withText('A new one'))),
    );
    expect(closes).toEqual([]);
    expect(logged()).toBe(2);
    expect(readParagraphText(room.doc, 'op00000002')).toBe('A new one');
  });

  it('reads a new paragraph in depth: an embed or an element inside it is refused', () => {
    const embed = (paragraph: Y.XmlElement) => {
      const run = new Y.XmlText('Looks fine');
      paragraph.insert(0, [run]);
      run.insertEmbed(0, { image: 'x' });
    };
    const nested = (paragraph: Y.XmlElement) => paragraph.insert(0, [new Y.XmlElement('script')]);
    for (const fill of [embed, nested]) {
      const { room, peer, closes, logged } = openRoom({ read: true });
      room.applyPeerUpdate(
        peer,
        clientUpdate(room, (doc) => appendParagraph(doc, 'op00000002', fill)),
      );
      expect(closes.map((c) => c.code)).toEqual([CLOSE_INVALID_UPDATE]);
      expect(logged()).toBe(1);
      expect(room.doc.getXmlFragment('default').length).toBe(1);
    }
  });

  it('refuses a key set on the text fragment itself', () => {
    const { room, peer, closes, logged } = openRoom({ read: true });
    const foreign = new Y.Doc();
    foreign.getMap('default').set('key', 'value');
    room.applyPeerUpdate(peer, Y.encodeStateAsUpdate(foreign));
    expect(closes).toEqual([{ code: CLOSE_INVALID_UPDATE, reason: 'Only the document text may be changed.' }]);
    expect(logged()).toBe(1);
    expect(room.doc.getXmlFragment('default')._map.size).toBe(0);
  });

  it('keeps nothing of an update that fails to decode half-way, and judges the next one on its own', () => {
    const { room, peer, closes, logged } = openRoom();
    const rootText = clientUpdate(room, (doc) => doc.getXmlFragment('default').push([new Y.XmlText('loose')]));
    // Structs first, delete set last: cut the last byte and the structs are integrated before decoding fails.
    expect(() => room.applyPeerUpdate(peer, rootText.slice(0, rootText.length - 1))).toThrow();
    expect(
      room.doc
        .getXmlFragment('default')
        .toArray()
        .every((child) => child instanceof Y.XmlElement),
    ).toBe(true);
    expect(logged()).toBe(1);

    room.applyPeerUpdate(
      peer,
      clientUpdate(room, (doc) => appendParagraph(doc, 'op00000002', withText('Valid'))),
    );
    expect(closes).toEqual([]);
    expect(logged()).toBe(2);
  });
});

describe('DocumentRoom group commit', () => {
  it("stores one turn's updates together at its end and relays none before", async () => {
    const { room, peer, stored } = openRoom();
    const relayed: Uint8Array[] = [];
    const reader: Peer = { ...peer, writable: false, send: (message) => relayed.push(message), close: () => {} };
    room.join(reader);
    relayed.length = 0;
    for (const word of [' to', ' act', ' now']) {
      room.applyPeerUpdate(
        peer,
        clientUpdate(room, (doc) => {
          const text = doc.getXmlFragment('default').get(0) as Y.XmlElement;
          (text.get(0) as Y.XmlText).insert((text.get(0) as Y.XmlText).length, word);
        }),
      );
    }
    expect(stored()).toBe(1);
    expect(relayed).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(stored()).toBe(4);
    expect(relayed).toHaveLength(3);
    expect(peer.session.updates).toBe(3);
  });

  it('holds back a sync answer computed while updates wait, and sends it once they are stored', async () => {
    const { room, peer, stored } = openRoom();
    const answers: Uint8Array[] = [];
    const reader: Peer = { ...peer, writable: false, send: (message) => answers.push(message), close: () => {} };
    room.join(reader);
    answers.length = 0;
    room.applyPeerUpdate(
      peer,
      clientUpdate(room, (doc) => appendParagraph(doc, 'op00000002', withText('Held back'))),
    );
    room.sendWhenStored(reader, Y.encodeStateAsUpdate(room.doc));
    expect(answers).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(stored()).toBe(2);
    // The relayed update first, then the answer held back.
    expect(answers).toHaveLength(2);
  });
});
