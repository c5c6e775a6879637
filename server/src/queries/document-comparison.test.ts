import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { prosemirrorJSONToYDoc } from '@tiptap/y-tiptap';
import { modelFromYDoc } from '@plenary/shared/document/index';
import { documentSchema } from '@plenary/shared/schema/index';
import { openDatabase, type Db } from '../db/client.ts';
import { proposals } from '../db/schema.ts';
import { clockRanges, DocumentStore } from '../sync/persistence.ts';
import { RoomRegistry } from '../sync/room-registry.ts';
import { changeTextInTransaction } from '../sync/text-change.ts';
import type { Writer } from '../sync/writer.ts';
import { createProcessWithDocument, createWriter, temporaryDatabase } from '../test/factories.ts';
import { deleteParagraph, insertParagraphAfter, writeParagraphText } from '../text/paragraph-text-writer.ts';
import type { ComparePoint } from './compare-points.ts';
import { compareTexts, type AttributedBlock } from './document-comparison.ts';

const paragraph = (pid: string, text: string) => ({ type: 'operativeParagraph', attrs: { pid }, content: [{ type: 'text', text }] });

function draft(): Y.Doc {
  return prosemirrorJSONToYDoc(
    documentSchema,
    {
      type: 'doc',
      content: [
        paragraph('op-a', 'We commit to cooperate.'),
        paragraph('op-b', 'States shall protect migrants.'),
        paragraph('op-c', 'A paragraph the EU wants gone.'),
      ],
    },
    'default',
  );
}

/** Logs every update of `doc` as `writer` would through a socket. */
function logUpdates(store: DocumentStore, documentId: string, doc: Y.Doc, writer: Writer) {
  const claimed = new Set<number>();
  doc.on('update', (update: Uint8Array, origin: unknown, _doc: Y.Doc, tr: Y.Transaction) => {
    if (origin === 'stored') return;
    const ranges = clockRanges(tr.beforeState, tr.afterState);
    const newClientIds = ranges.map((r) => r.clientId).filter((id) => !claimed.has(id));
    newClientIds.forEach((id) => claimed.add(id));
    store.appendNow({ documentId, update, writer, ranges, newClientIds });
  });
}

function acceptedProposal(db: Db, documentId: string, author: Writer, pid: string): string {
  const id = `proposal-${pid}`;
  db.insert(proposals)
    .values({
      id,
      documentId,
      seq: 1,
      pid,
      kind: 'delete',
      baseText: '',
      tablingStakeholderId: 'group-eu',
      authorUserId: author.userId,
      authorStakeholderId: 'group-eu',
      status: 'accepted',
      decidedAt: '2026-03-14T10:00:00.000Z',
    })
    .run();
  return id;
}

function point(db: Db, doc: Y.Doc): ComparePoint {
  const copy = new Y.Doc({ gc: false });
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const last = db.$client.prepare('SELECT max(id) AS id FROM yjs_updates').get() as { id: number };
  return { ref: { live: true }, doc: copy, throughUpdateId: last.id, model: modelFromYDoc(copy) };
}

const changes = (blocks: AttributedBlock[]) =>
  blocks.flatMap((block) =>
    block.segments
      .filter((s) => s.op !== 'equal')
      .map((s) => ({
        pid: block.pid,
        op: s.op,
        text: s.text,
        by: s.attribution?.kind === 'edit' ? s.attribution.userName : s.attribution?.stakeholder,
      })),
  );

describe('compareTexts', () => {
  it('attributes typed words, deleted words and a deleted paragraph, from the log, after compaction and reopening', () => {
    const { db, dataDir } = temporaryDatabase();
    const id = createProcessWithDocument(db);
    const store = new DocumentStore(db);
    const creator = createWriter(db, { source: 'server', role: 'secretariat', stakeholderId: 'secretariat' });
    store.create(db, id, draft(), creator);
    const rooms = new RoomRegistry(store, 0);
    const penHolder = createWriter(db, { id: 'ana' });
    const eu = createWriter(db, { id: 'claire', stakeholderId: 'group-eu', role: 'delegate' });

    const live = store.load(id);
    const from = point(db, live);
    logUpdates(store, id, live, penHolder);
    writeParagraphText(live, 'op-a', 'We firmly commit to cooperate.');
    writeParagraphText(live, 'op-b', 'States protect migrants.');
    insertParagraphAfter(live, 'op-b', 'A new paragraph.', 'op-new');
    const proposalId = acceptedProposal(db, id, eu, 'op-c');
    changeTextInTransaction({ db, rooms, store }, (_tx, text) => {
      text.edit(id, { ...penHolder, proposalId }, (doc) => deleteParagraph(doc, 'op-c'));
    });
    Y.applyUpdate(live, Y.encodeStateAsUpdate(store.load(id)), 'stored');

    const deletionOnly = db.$client
      .prepare(
        'SELECT count(*) AS n FROM yjs_update_writers w WHERE w.proposal_id = ? AND NOT EXISTS (SELECT 1 FROM yjs_update_clients c WHERE c.update_id = w.update_id AND c.clock_to > c.clock_from)',
      )
      .get(proposalId) as { n: number };
    expect(deletionOnly.n).toBe(1);

    const document = { id, processId: 'p1' };
    const compared = compareTexts(db, document, from, point(db, live));
    expect(compared.map((b) => `${b.pid}:${b.change}:${b.fromNumber ?? '-'}>${b.toNumber ?? '-'}`)).toEqual([
      'op-a:changed:OP1>OP1',
      'op-b:changed:OP2>OP2',
      'op-c:deleted:OP3>-',
      'op-new:new:->OP3',
    ]);
    expect(changes(compared)).toEqual([
      { pid: 'op-a', op: 'insert', text: 'firmly ', by: 'User ana' },
      { pid: 'op-b', op: 'delete', text: 'shall ', by: 'User ana' },
      { pid: 'op-c', op: 'delete', text: 'A paragraph the EU wants gone.', by: 'European Union' },
      { pid: 'op-new', op: 'insert', text: 'A new paragraph.', by: 'User ana' },
    ]);
    expect(compared[2]!.attribution).toEqual({
      kind: 'proposal',
      proposalId,
      stakeholderId: 'group-eu',
      stakeholder: 'European Union',
      acceptedAt: '2026-03-14T10:00:00.000Z',
    });
    expect(compared[0]!.segments[1]!.attribution).toMatchObject({
      kind: 'edit',
      userId: 'ana',
      stakeholderId: 'MEX',
      role: 'cofacilitator',
    });

    // The other way round, the same changes undo each other, with the same origins.
    const backwards = compareTexts(db, document, point(db, live), from);
    expect(changes(backwards).map(({ op, by }) => `${op}:${by}`)).toEqual([
      'delete:User ana',
      'insert:User ana',
      'delete:User ana',
      'insert:European Union',
    ]);

    store.compact(id);
    rooms.shutdown();
    db.$client.close();
    const reopened = openDatabase(dataDir);
    const again = compareTexts(reopened, document, from, point(reopened, new DocumentStore(reopened).load(id)));
    expect(again).toEqual(compared);
  });

  it('attributes the words a reopened decision took back out to the pen-holder who reopened it, not to the proposal', () => {
    const { db } = temporaryDatabase();
    const id = createProcessWithDocument(db);
    const store = new DocumentStore(db);
    store.create(db, id, draft(), createWriter(db, { source: 'server', role: 'secretariat', stakeholderId: 'secretariat' }));
    const rooms = new RoomRegistry(store, 0);
    const ana = createWriter(db, { id: 'ana' });
    const proposalId = acceptedProposal(db, id, createWriter(db, { id: 'claire', stakeholderId: 'group-eu', role: 'delegate' }), 'op-b');
    const from = point(db, store.load(id));
    changeTextInTransaction({ db, rooms, store }, (_tx, text) => {
      text.edit(id, { ...ana, proposalId }, (doc) => writeParagraphText(doc, 'op-b', 'States shall protect all migrants.'));
    });
    changeTextInTransaction({ db, rooms, store }, (_tx, text) => {
      text.edit(id, { ...ana, proposalId, reverts: true }, (doc) => writeParagraphText(doc, 'op-b', 'States protect all migrants.'));
    });

    const compared = compareTexts(db, { id, processId: 'p1' }, from, point(db, store.load(id)));
    expect(changes(compared)).toEqual([
      { pid: 'op-b', op: 'delete', text: 'shall ', by: 'User ana' },
      { pid: 'op-b', op: 'insert', text: 'all ', by: 'European Union' },
    ]);
    rooms.shutdown();
  });

  it('attributes a moved paragraph to whoever moved it, its words unchanged', () => {
    const { db } = temporaryDatabase();
    const id = createProcessWithDocument(db);
    const store = new DocumentStore(db);
    store.create(db, id, draft(), createWriter(db, { source: 'server', role: 'secretariat', stakeholderId: 'secretariat' }));
    const live = store.load(id);
    const from = point(db, live);
    logUpdates(store, id, live, createWriter(db, { id: 'lukas', stakeholderId: 'CHE' }));
    // As an editor moves a paragraph: the block is deleted and written again, with its pid, further down.
    live.transact(() => {
      const fragment = live.getXmlFragment('default');
      fragment.delete(0, 1);
      const moved = new Y.XmlElement('operativeParagraph');
      moved.setAttribute('pid', 'op-a');
      moved.insert(0, [new Y.XmlText('We commit to cooperate.')]);
      fragment.insert(2, [moved]);
    });

    const compared = compareTexts(db, { id, processId: 'p1' }, from, point(db, live));
    expect(compared.map((b) => `${b.pid}:${b.change}:${b.fromNumber}>${b.toNumber}`)).toEqual([
      'op-b:unchanged:OP2>OP1',
      'op-c:unchanged:OP3>OP2',
      'op-a:moved:OP1>OP3',
    ]);
    expect(compared[2]!.segments).toEqual([{ op: 'equal', text: 'We commit to cooperate.' }]);
    expect(compared[2]!.attribution).toMatchObject({ kind: 'edit', userId: 'lukas', stakeholderId: 'CHE', stakeholder: 'Switzerland' });
    expect(compared[0]!.attribution).toBeUndefined();
  });

  it('attributes a deletion logged before writers were recorded to its user in their capacity', () => {
    const { db } = temporaryDatabase();
    const id = createProcessWithDocument(db);
    const store = new DocumentStore(db);
    const creator = createWriter(db, { source: 'server', role: 'secretariat', stakeholderId: 'secretariat' });
    store.create(db, id, draft(), creator);
    db.$client
      .prepare(
        "INSERT INTO memberships (id, user_id, process_id, stakeholder_id, role, created_at) VALUES ('m', ?, 'p1', 'CHE', 'cofacilitator', '')",
      )
      .run(creator.userId);
    const live = store.load(id);
    const from = point(db, live);
    const updates: Uint8Array[] = [];
    live.on('update', (u: Uint8Array) => updates.push(u));
    writeParagraphText(live, 'op-b', 'States protect migrants.');
    db.$client
      .prepare('INSERT INTO yjs_updates (document_id, "update", user_id, created_at) VALUES (?, ?, ?, \'2025-01-01T00:00:00.000Z\')')
      .run(id, Buffer.from(updates[0]!), creator.userId);

    const [, changed] = compareTexts(db, { id, processId: 'p1' }, from, point(db, live));
    expect(changed!.segments.find((s) => s.op === 'delete')).toEqual({
      op: 'delete',
      text: 'shall ',
      attribution: {
        kind: 'edit',
        userId: creator.userId,
        userName: `User ${creator.userId}`,
        stakeholderId: 'CHE',
        stakeholder: 'Switzerland',
        role: 'cofacilitator',
        at: '2025-01-01T00:00:00.000Z',
      },
    });
  });
});
