import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { prosemirrorJSONToYDoc } from '@tiptap/y-tiptap';
import { documentSchema } from '@plenary/shared/schema/index';
import { createProcessWithDocument, createWriter, temporaryDatabase } from '../test/factories.ts';
import { DocumentStore } from '../sync/persistence.ts';
import { RoomRegistry } from '../sync/room-registry.ts';
import { changeTextInTransaction } from '../sync/text-change.ts';
import { writeParagraphText } from '../text/paragraph-text-writer.ts';
import { readParagraphs } from './paragraph-reader.ts';

const PID = 'op00000001';

function setup() {
  const { db } = temporaryDatabase();
  const id = createProcessWithDocument(db);
  const store = new DocumentStore(db);
  const writer = createWriter(db, { source: 'server', role: 'secretariat', stakeholderId: 'secretariat' });
  const draft = prosemirrorJSONToYDoc(
    documentSchema,
    { type: 'doc', content: [{ type: 'operativeParagraph', attrs: { pid: PID }, content: [{ type: 'text', text: 'We commit' }] }] },
    'default',
  );
  store.create(db, id, draft, writer);
  const rooms = new RoomRegistry(store, 0);
  const edit = (text: string) =>
    changeTextInTransaction({ db, rooms, store }, (_tx, editor) =>
      editor.edit(id, writer, (doc: Y.Doc) => writeParagraphText(doc, PID, text)),
    );
  return { db, id, rooms, store, edit };
}

describe('readParagraphs', () => {
  it('keeps a reading of a document nobody has open until its log grows', () => {
    const { db, id, rooms, edit } = setup();
    const first = readParagraphs({ db, rooms }, id);
    expect(readParagraphs({ db, rooms }, id)).toBe(first);
    edit('We commit together');
    const second = readParagraphs({ db, rooms }, id);
    expect(second).not.toBe(first);
    expect(second[0]!.text).toBe('We commit together');
  });

  it('keeps a reading of an open room until its document changes', () => {
    const { db, id, rooms, edit } = setup();
    rooms.open(id);
    const first = readParagraphs({ db, rooms }, id);
    expect(readParagraphs({ db, rooms }, id)).toBe(first);
    edit('We commit at once');
    expect(readParagraphs({ db, rooms }, id)[0]!.text).toBe('We commit at once');
  });

  it('keeps nothing read inside a transaction, whose rows may roll back', () => {
    const { db, id, rooms, store, edit } = setup();
    const writer = createWriter(db, { source: 'server', role: 'secretariat', stakeholderId: 'secretariat' });
    expect(() =>
      changeTextInTransaction({ db, rooms, store }, (_tx, editor) => {
        editor.edit(id, writer, (doc: Y.Doc) => writeParagraphText(doc, PID, 'Rolled back'));
        // The transaction reads its own log, rows it may yet roll back.
        expect(readParagraphs({ db, rooms }, id)[0]!.text).toBe('Rolled back');
        throw new Error('abort');
      }),
    ).toThrow('abort');
    expect(readParagraphs({ db, rooms }, id)[0]!.text).toBe('We commit');
    edit('We commit again');
    expect(readParagraphs({ db, rooms }, id)[0]!.text).toBe('We commit again');
  });
});
