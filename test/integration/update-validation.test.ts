import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE_CLIENT_ID_TAKEN, CLOSE_INVALID_UPDATE, CLOSE_MALFORMED } from '@plenary/shared/protocol/index';
import { NEGOTIABLE_NODE_TYPES, newPid } from '@plenary/shared/schema/index';
import { ApiClient } from '../support/api-client.ts';
import {
  editThroughProvider,
  element,
  insertAfterFirstOperative,
  operativeParagraphs,
  sendRawMessage,
  STRUCTURAL_ATTACKS,
  syncUpdateMessage,
  updateOf,
  type HostileEdit,
  type Outcome,
} from '../support/hostile-updates.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { connectSyncClient, eventually, type SyncClient } from '../support/sync-client.ts';
import { blockText, blocks, findBlock, insertText } from '../support/yjs-text.ts';
import { openDatabase } from './proposals-fixtures.ts';

/**
 * A co-facilitator holds the pen and turns hostile: every update that would leave a document the editor
 * cannot open is refused whole (socket closed with the code the browser reloads on), stored nowhere, sent to
 * nobody, and the document keeps working for everyone else, across a restart.
 */

const DOC = 'gcm-compact';
const KNOWN_BLOCKS = new Set<string>([
  'title',
  'sectionHeading',
  'preambularParagraph',
  'operativeParagraph',
  'subPoint',
  'briefSectionHeading',
  'briefParagraph',
]);
const NEGOTIABLE = new Set<string>(NEGOTIABLE_NODE_TYPES);

let server: ServerProcess;
let attacker: ApiClient;
let observer: ApiClient;
const closedWith = new Map<SyncClient, number[]>();

interface Paragraph {
  pid: string;
  number: string;
  text: string;
}

async function listedParagraphs(): Promise<Paragraph[]> {
  const doc = await observer.json<{ paragraphs: Paragraph[] }>('GET', `/api/documents/${DOC}`);
  return doc.paragraphs.map(({ pid, number, text }) => ({ pid, number, text }));
}

function stored(): { updates: number; clientIds: number; log: Uint8Array[] } {
  const db = openDatabase(server);
  try {
    const log = db
      .prepare('SELECT "update" FROM yjs_updates WHERE document_id = ? ORDER BY id')
      .all(DOC)
      .map((r) => new Uint8Array(r.update));
    const { n } = db.prepare('SELECT COUNT(*) AS n FROM yjs_clients WHERE document_id = ?').get(DOC);
    return { updates: log.length, clientIds: n, log };
  } finally {
    db.close();
  }
}

async function join(email: string): Promise<SyncClient> {
  const api = await ApiClient.login(server.url, email);
  const client = connectSyncClient(server.url, DOC, api.cookie);
  const codes: number[] = [];
  client.provider.on('connection-close', (event: CloseEvent | null) => codes.push(event?.code ?? 0));
  closedWith.set(client, codes);
  await client.synced;
  return client;
}

/** Why a document could not be opened by the editor, checked here independently of the server's own check. */
function structuralProblems(doc: Y.Doc): string[] {
  const problems: string[] = [];
  for (const name of doc.share.keys()) if (name !== 'default') problems.push(`root type ${name}`);
  const pids = new Set<string>();
  for (const child of doc.getXmlFragment('default').toArray()) {
    if (!(child instanceof Y.XmlElement)) {
      problems.push('text at the root');
      continue;
    }
    if (!KNOWN_BLOCKS.has(child.nodeName)) problems.push(`unknown block ${child.nodeName}`);
    const pid = child.getAttribute('pid');
    if (NEGOTIABLE.has(child.nodeName)) {
      if (typeof pid !== 'string' || !pid) problems.push(`${child.nodeName} without pid`);
      else if (pids.has(pid)) problems.push(`pid ${pid} twice`);
      else pids.add(pid);
    }
    for (const inner of child.toArray()) {
      if (!(inner instanceof Y.XmlText)) problems.push(`element inside ${child.nodeName}`);
      else if (inner.toDelta().some((op: { insert: unknown }) => typeof op.insert !== 'string')) problems.push('embed in text');
    }
  }
  return problems;
}

function docFromLog(log: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc({ gc: false });
  for (const update of log) Y.applyUpdate(doc, update);
  return doc;
}

beforeAll(async () => {
  server = await startServerProcess();
  [attacker, observer] = await Promise.all([
    ApiClient.login(server.url, 'cofacilitator@demo.test'),
    ApiClient.login(server.url, 'observer@demo.test'),
  ]);
});
afterAll(() => server?.stop());

describe('the first change after a document is opened', () => {
  it('may be a new paragraph', async () => {
    // Nothing has read the document since the server started: the room is fresh when the socket opens.
    const before = stored();
    const editor = await join('cofacilitator@demo.test');
    const pid = newPid();
    insertAfterFirstOperative(editor.doc, element('operativeParagraph', { pid }, 'A paragraph added first.'));
    await eventually(async () => expect((await listedParagraphs()).find((p) => p.pid === pid)?.text).toBe('A paragraph added first.'));
    expect(stored().updates).toBe(before.updates + 1);
    expect(closedWith.get(editor)).toEqual([]);
    editor.destroy();
  });
});

describe('hostile updates from a pen-holder', () => {
  let editor: SyncClient;
  let delegate: SyncClient;
  const delegateReceived: Uint8Array[] = [];

  beforeAll(async () => {
    editor = await join('cofacilitator2@demo.test');
    delegate = await join('delegate.eu@demo.test');
    delegate.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === delegate.provider) delegateReceived.push(update);
    });
    // The other co-facilitator has written before: their client id is claimed in the document's log.
    insertText(editor.doc, operativeParagraphs(editor.doc)[0]!.getAttribute('pid')!, 0, 'Warm-up. ');
    await eventually(() => expect(delegateReceived.length).toBe(1));
  });

  /**
   * Runs one attack and checks everything around it: the close code, nothing stored or listed, nobody sent
   * anything, and a valid edit by the other co-facilitator right after is stored and received.
   */
  async function expectRefused(attack: { name: string; marker?: string; expectedCode: number }, send: () => Promise<Outcome>) {
    const paragraphsBefore = await listedParagraphs();
    const storedBefore = stored();
    const receivedBefore = delegateReceived.length;

    expect(await send()).toBe(attack.expectedCode);

    expect(stored().updates).toBe(storedBefore.updates);
    expect(stored().clientIds).toBe(storedBefore.clientIds);
    expect(await listedParagraphs()).toEqual(paragraphsBefore);

    const op1 = operativeParagraphs(editor.doc)[0]!.getAttribute('pid')!;
    const sentence = `Valid after ${attack.name}. `;
    insertText(editor.doc, op1, 0, sentence);
    await eventually(() => expect(blockText(findBlock(delegate.doc, op1)).startsWith(sentence)).toBe(true));
    await eventually(async () => expect((await listedParagraphs()).find((p) => p.pid === op1)?.text.startsWith(sentence)).toBe(true));
    // The server relays in order: had the hostile change gone out, it would have reached the delegate first.
    expect(delegateReceived.length).toBe(receivedBefore + 1);
    expect(stored().updates).toBe(storedBefore.updates + 1);
    for (const watcher of [editor, delegate]) {
      expect(structuralProblems(watcher.doc)).toEqual([]);
      if (attack.marker) expect(watcher.doc.getXmlFragment('default').toJSON()).not.toContain(attack.marker);
      expect(closedWith.get(watcher)).toEqual([]);
    }
    expect(blocks(delegate.doc).map((b) => b.getAttribute('pid'))).toEqual(blocks(editor.doc).map((b) => b.getAttribute('pid')));
  }

  const throughProvider = (attack: HostileEdit) => () => editThroughProvider(server.url, DOC, attacker.cookie, attack.edit);
  const raw = (message: () => Uint8Array) => () => sendRawMessage(server.url, DOC, attacker.cookie, message());

  const firstOperative = (doc: Y.Doc) => operativeParagraphs(doc)[0]!;
  const firstRun = (doc: Y.Doc) => firstOperative(doc).get(0) as Y.XmlText;

  const attacks: HostileEdit[] = [
    ...STRUCTURAL_ATTACKS,
    {
      name: 'an operative paragraph reusing the pid of another',
      marker: 'HOSTILE duplicate',
      edit: (doc) =>
        insertAfterFirstOperative(
          doc,
          element('operativeParagraph', { pid: firstOperative(doc).getAttribute('pid') }, 'HOSTILE duplicate'),
        ),
      expectedCode: CLOSE_INVALID_UPDATE,
    },
    {
      name: 'the pid removed from an existing paragraph',
      marker: '',
      edit: (doc) => operativeParagraphs(doc)[1]!.removeAttribute('pid'),
      expectedCode: CLOSE_INVALID_UPDATE,
    },
    {
      name: 'an empty pid on an existing paragraph',
      marker: '',
      edit: (doc) => operativeParagraphs(doc)[1]!.setAttribute('pid', ''),
      expectedCode: CLOSE_INVALID_UPDATE,
    },
    {
      name: 'an unknown attribute on a paragraph',
      marker: 'HOSTILE attribute',
      edit: (doc) => firstOperative(doc).setAttribute('onclick', 'HOSTILE attribute'),
      expectedCode: CLOSE_INVALID_UPDATE,
    },
    {
      // The editor numbers a sub-point whose level is not a number as (a); the server's numbering would say (i).
      name: 'a sub-point level the editor and the server would number differently',
      marker: 'HOSTILE level',
      edit: (doc) => insertAfterFirstOperative(doc, element('subPoint', { pid: newPid(), level: '2' }, 'HOSTILE level')),
      expectedCode: CLOSE_INVALID_UPDATE,
    },
    {
      name: 'an embed inside an existing paragraph',
      marker: 'HOSTILE embed',
      edit: (doc) => firstRun(doc).insertEmbed(0, { image: 'HOSTILE embed' }),
      expectedCode: CLOSE_INVALID_UPDATE,
    },
    {
      name: 'an element nested in a new paragraph',
      marker: 'HOSTILE nested',
      edit: (doc) => {
        const paragraph = new Y.XmlElement('operativeParagraph');
        paragraph.setAttribute('pid', newPid());
        paragraph.insert(0, [element('script', {}, 'HOSTILE nested')]);
        insertAfterFirstOperative(doc, paragraph);
      },
      expectedCode: CLOSE_INVALID_UPDATE,
    },
    {
      name: 'an unknown mark',
      marker: 'HOSTILE',
      edit: (doc) => firstRun(doc).format(0, 4, { blink: 'HOSTILE' }),
      expectedCode: CLOSE_INVALID_UPDATE,
    },
    {
      name: 'marks hidden in the prototype of the formatting',
      marker: 'HOSTILE',
      edit: (doc) => firstRun(doc).format(0, 4, JSON.parse('{"__proto__": {"HOSTILE": true}}')),
      expectedCode: CLOSE_INVALID_UPDATE,
    },
    {
      name: 'a pid hidden in the prototype of the attributes',
      marker: 'HOSTILE prototype pid',
      edit: (doc) =>
        insertAfterFirstOperative(doc, element('operativeParagraph', { ['__proto__']: { pid: newPid() } }, 'HOSTILE prototype pid')),
      expectedCode: CLOSE_INVALID_UPDATE,
    },
    {
      name: 'content in another root type',
      marker: 'HOSTILE',
      edit: (doc) => doc.getMap('x').set('HOSTILE', 'x'),
      expectedCode: CLOSE_INVALID_UPDATE,
    },
    {
      name: 'a key set on the text fragment itself',
      marker: 'HOSTILE',
      edit: (doc) => {
        const other = new Y.Doc();
        other.getMap('default').set('HOSTILE', 'x');
        Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
      },
      expectedCode: CLOSE_INVALID_UPDATE,
    },
  ];

  for (const attack of attacks) {
    it(`refuses ${attack.name}`, () => expectRefused(attack, throughProvider(attack)));
  }

  it('refuses a client id already used by the other co-facilitator', async () => {
    const me = await (await ApiClient.login(server.url, 'cofacilitator2@demo.test')).json<{ user: { id: string } }>('GET', '/api/me');
    const db = openDatabase(server);
    const theirs = db
      .prepare('SELECT client_id FROM yjs_clients WHERE document_id = ? AND user_id = ?')
      .all(DOC, me.user.id)
      .map((r) => r.client_id);
    db.close();
    expect(theirs).toContain(editor.doc.clientID);
    const attack = { name: 'a borrowed client id', marker: 'HOSTILE borrowed', expectedCode: CLOSE_CLIENT_ID_TAKEN };
    await expectRefused(attack, () =>
      editThroughProvider(server.url, DOC, attacker.cookie, (doc) => {
        const own = doc.clientID;
        doc.clientID = theirs[0];
        insertText(doc, firstOperative(doc).getAttribute('pid')!, 0, 'HOSTILE borrowed ');
        // The update has gone out; the provider's presence is still keyed by the original id.
        doc.clientID = own;
      }),
    );
  });

  it('refuses an update whose structs depend on ones the server never received, and keeps none of it', async () => {
    const scratch = new Y.Doc();
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(delegate.doc));
    const pid = firstOperative(scratch).getAttribute('pid')!;
    const updates: Uint8Array[] = [];
    scratch.on('update', (u: Uint8Array) => updates.push(u));
    insertText(scratch, pid, 0, 'Part one. ');
    insertText(scratch, pid, 'Part one. '.length, 'HOSTILE part two. ');
    expect(updates).toHaveLength(2);
    const attack = { name: 'a dangling update', marker: 'HOSTILE part two', expectedCode: CLOSE_INVALID_UPDATE };
    await expectRefused(
      attack,
      raw(() => syncUpdateMessage(updates[1]!)),
    );

    // The first half arrives later: it is valid and stored, and the refused second half is not revived with it.
    expect(await sendRawMessage(server.url, DOC, attacker.cookie, syncUpdateMessage(updates[0]!))).toBe('still open');
    await eventually(() => expect(blockText(findBlock(delegate.doc, pid))).toContain('Part one. '));
    expect(blockText(findBlock(delegate.doc, pid))).not.toContain('HOSTILE part two');
    expect((await listedParagraphs()).find((p) => p.pid === pid)!.text).not.toContain('HOSTILE part two');
  });

  it('refuses root text sent as sync step 2', () =>
    expectRefused(
      { name: 'root text in sync step 2', marker: 'HOSTILE step two', expectedCode: CLOSE_INVALID_UPDATE },
      raw(() =>
        syncUpdateMessage(
          updateOf(delegate.doc, (doc) => insertAfterFirstOperative(doc, new Y.XmlText('HOSTILE step two'))),
          'step2',
        ),
      ),
    ));

  it('leaves nothing in memory of a refused update that breaks off half-way', async () => {
    // Valid structs, then a cut-off delete set: the structs are integrated before the decoder fails.
    const whole = updateOf(delegate.doc, (doc) => insertAfterFirstOperative(doc, new Y.XmlText('HOSTILE cut short')));
    const attack = { name: 'a cut-off update', marker: 'HOSTILE cut short', expectedCode: CLOSE_MALFORMED };
    await expectRefused(
      attack,
      raw(() => syncUpdateMessage(whole.slice(0, whole.length - 1))),
    );
    const latecomer = await join('cofacilitator@demo.test');
    expect(latecomer.doc.getXmlFragment('default').toJSON()).not.toContain('HOSTILE cut short');
    expect(structuralProblems(latecomer.doc)).toEqual([]);
    latecomer.destroy();
  });

  it('keeps a document every client can open, in the log and after a restart', async () => {
    const paragraphs = await listedParagraphs();
    const { updates, log } = stored();
    expect(structuralProblems(docFromLog(log))).toEqual([]);
    editor.destroy();
    delegate.destroy();

    const { dataDir, url } = server;
    expect(await server.stop('SIGTERM')).toBe(0);
    server = await startServerProcess({ dataDir, env: { PORT: new URL(url).port } });

    expect(await listedParagraphs()).toEqual(paragraphs);
    expect(stored().updates).toBe(updates);
    const fresh = await join('delegate.g77@demo.test');
    expect(structuralProblems(fresh.doc)).toEqual([]);
    expect(
      blocks(fresh.doc)
        .filter((b) => b.getAttribute('pid'))
        .map((b) => b.getAttribute('pid')),
    ).toEqual(paragraphs.map((p) => p.pid));
    fresh.destroy();
  });
});
