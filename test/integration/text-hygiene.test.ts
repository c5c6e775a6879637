import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { connectSyncClient, eventually, type SyncClient } from '../support/sync-client.ts';
import { blockText, findBlock, insertText } from '../support/yjs-text.ts';
import {
  COMPACT,
  expectError,
  listProposals,
  loginAll,
  openDatabase,
  paragraph,
  paragraphs,
  table,
  type Who,
} from './proposals-fixtures.ts';

/** Every bidi embedding, override and isolate control: none may reach the stored text. */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
const ZERO_WIDTH_ONLY = '\u200B\u200C\u200D\u2060\uFEFF\u00AD';

let server: ServerProcess;
let as: Record<Who, ApiClient>;
let pen: SyncClient;

beforeAll(async () => {
  server = await startServerProcess();
  as = await loginAll(server);
  pen = connectSyncClient(server.url, COMPACT, as.cofacilitator.cookie);
  await pen.synced;
});
afterAll(async () => {
  pen?.destroy();
  await server?.stop();
});

function count(sql: string, ...params: unknown[]): number {
  const db = openDatabase(server);
  try {
    return db.prepare(sql).get(...params).n as number;
  } finally {
    db.close();
  }
}

function row(sql: string, ...params: unknown[]): any {
  const db = openDatabase(server);
  try {
    return db.prepare(sql).get(...params);
  } finally {
    db.close();
  }
}

/** Sends a body exactly as written: JSON escapes such as "\ud800" reach the server's parser untouched. */
const rawJson = (client: ApiClient, method: string, path: string, json: string) => client.request(method, path, json);

describe('bidi controls in a proposal', () => {
  it('are removed before the proposal is stored, shown, and accepted into the compact', async () => {
    const op5 = await paragraph(as.observer, 'OP5');
    // Stored as "tsil" but displayed as "list" while the override is in place.
    const spoofed = op5.text.replace('policy', 'policy \u202Etsil\u202C');
    const cleaned = op5.text.replace('policy', 'policy tsil');
    expect(spoofed).not.toBe(op5.text);

    const tabled = await table(as.eu, { pid: op5.pid, kind: 'amend', text: spoofed, justification: 'Clearer \u2067wording\u2069.' });
    expect(tabled.text).toBe(cleaned);
    expect(tabled.justification).toBe('Clearer wording.');
    const listed = (await listProposals(as.observer)).find((p) => p.id === tabled.id);
    expect(listed).toMatchObject({ text: cleaned, justification: 'Clearer wording.' });
    expect(JSON.stringify(listed.diff)).not.toMatch(BIDI_CONTROL);
    expect(row('SELECT text, justification FROM proposals WHERE id = ?', tabled.id)).toEqual({
      text: cleaned,
      justification: 'Clearer wording.',
    });

    await as.cofacilitator.json('POST', `/api/proposals/${tabled.id}/accept`, {});
    const after = await paragraphs(as.observer);
    expect(after.find((p) => p.pid === op5.pid)?.text).toBe(cleaned);
    for (const p of after) expect(p.text).not.toMatch(BIDI_CONTROL);
    await eventually(() => expect(blockText(findBlock(pen.doc, op5.pid))).toBe(cleaned), 2000);
  });

  it('are removed from positions, decisions and re-tabled text, and decomposed letters are stored composed', async () => {
    const op6 = await paragraph(as.observer, 'OP6');
    const decomposed = `${op6.text} (re\u0301fugie\u0301s)`;
    const tabled = await table(as.canada, { pid: op6.pid, kind: 'amend', text: decomposed });
    expect(tabled.text).toBe(`${op6.text} (r\u00E9fugi\u00E9s)`);

    const supported = await as.eu.json('POST', `/api/proposals/${tabled.id}/support`, { reason: '\u202DCan live with it\u202C' });
    expect(supported.supporters[0].reason).toBe('Can live with it');
    const opposed = await as.g77.json('POST', `/api/proposals/${tabled.id}/oppose`, { reason: 'Not \u2066agreed\u2069 language' });
    expect(opposed.opposers[0].reason).toBe('Not agreed language');

    // The pen moves the paragraph on; the author re-tables against it.
    insertText(pen.doc, op6.pid, 0, 'Accordingly, ');
    const moved = `Accordingly, ${op6.text}`;
    await eventually(async () => expect((await paragraph(as.observer, 'OP6')).text).toBe(moved), 2000);
    const retabled = await as.canada.json('POST', `/api/proposals/${tabled.id}/retable`, {
      text: `${moved} \u202E(sees)\u202C`,
      justification: '\u2068Updated\u2069',
    });
    expect(retabled).toMatchObject({ text: `${moved} (sees)`, justification: 'Updated', baseText: moved });

    const rejected = await as.cofacilitator.json('POST', `/api/proposals/${tabled.id}/reject`, { reason: '\u202BNo consensus' });
    expect(rejected.decision.reason).toBe('No consensus');
    expect(row('SELECT decision_reason AS reason FROM proposals WHERE id = ?', tabled.id).reason).toBe('No consensus');
  });
});

describe('text that shows nothing', () => {
  it('is refused as a comment, a reply or an edit, and nothing is stored', async () => {
    const op7 = await paragraph(as.observer, 'OP7');
    const threadsBefore = count('SELECT count(*) AS n FROM threads');
    const messagesBefore = count('SELECT count(*) AS n FROM thread_messages');
    for (const body of [ZERO_WIDTH_ONLY, ` \u200B \n\u2060 `, '\u202E\u202C', '\u3164\u2800']) {
      const error = await expectError(
        await as.canada.post(`/api/documents/${COMPACT}/threads`, { pid: op7.pid, visibility: 'all', body }),
        400,
        'invalid_input',
      );
      expect(error.message).toMatch(/cannot be empty/);
    }

    const opened = await as.canada.json('POST', `/api/documents/${COMPACT}/threads`, {
      pid: op7.pid,
      visibility: 'all',
      body: 'A real comment',
    });
    await expectError(await as.eu.post(`/api/threads/${opened.id}/messages`, { body: ZERO_WIDTH_ONLY }), 400, 'invalid_input');
    const messageId = opened.messages[0].id;
    await expectError(await as.canada.request('PATCH', `/api/messages/${messageId}`, { body: ZERO_WIDTH_ONLY }), 400, 'invalid_input');

    expect(count('SELECT count(*) AS n FROM threads')).toBe(threadsBefore + 1);
    expect(count('SELECT count(*) AS n FROM thread_messages')).toBe(messagesBefore + 1);
    expect(row('SELECT body, edited_at AS editedAt FROM thread_messages WHERE id = ?', messageId)).toEqual({
      body: 'A real comment',
      editedAt: null,
    });
  });

  it('is refused as proposal text, a rejection reason and a user name', async () => {
    const op8 = await paragraph(as.observer, 'OP8');
    const before = count('SELECT count(*) AS n FROM proposals');
    await expectError(
      await as.eu.post(`/api/documents/${COMPACT}/proposals`, { pid: op8.pid, kind: 'amend', text: ZERO_WIDTH_ONLY }),
      400,
      'invalid_input',
    );
    await expectError(
      await as.eu.post(`/api/documents/${COMPACT}/proposals`, { pid: op8.pid, kind: 'insert-after', text: '\u200B \u200B' }),
      400,
      'invalid_input',
    );
    expect(count('SELECT count(*) AS n FROM proposals')).toBe(before);

    const tabled = await table(as.eu, { pid: op8.pid, kind: 'delete' });
    const error = await expectError(
      await as.cofacilitator.post(`/api/proposals/${tabled.id}/reject`, { reason: ZERO_WIDTH_ONLY }),
      400,
      'invalid_input',
    );
    expect(error.message).toMatch(/Give a reason/);
    expect(row('SELECT status FROM proposals WHERE id = ?', tabled.id).status).toBe('tabled');

    const users = count('SELECT count(*) AS n FROM users');
    const user = {
      email: 'invisible@test.example',
      name: '\u200B\u200D',
      password: 'a-long-password',
      stakeholderId: 'FRA',
      role: 'delegate',
    };
    await expectError(await as.secretariat.post('/api/admin/users', user), 400, 'invalid_input');
    expect(count('SELECT count(*) AS n FROM users')).toBe(users);
  });
});

describe('lone surrogates', () => {
  it('are refused with a clear 400 wherever text is submitted, and nothing is stored', async () => {
    const op9 = await paragraph(as.observer, 'OP9');
    const threads = count('SELECT count(*) AS n FROM threads');
    const proposals = count('SELECT count(*) AS n FROM proposals');
    const users = count('SELECT count(*) AS n FROM users');

    for (const body of ['"\\ud800"', '"text \\udc00 here"', '"\\ud83d\\ud83d"']) {
      const response = await rawJson(
        as.canada,
        'POST',
        `/api/documents/${COMPACT}/threads`,
        `{"pid":"${op9.pid}","visibility":"all","body":${body}}`,
      );
      const error = await expectError(response, 400, 'invalid_input');
      expect(error.message).toMatch(/at "body".*unpaired UTF-16 surrogate/);
    }
    const proposal = `{"pid":"${op9.pid}","kind":"amend","text":"Member States \\ud800 shall","justification":"x"}`;
    await expectError(await rawJson(as.eu, 'POST', `/api/documents/${COMPACT}/proposals`, proposal), 400, 'invalid_input');
    const justification = `{"pid":"${op9.pid}","kind":"delete","justification":"Because \\udfff"}`;
    await expectError(await rawJson(as.eu, 'POST', `/api/documents/${COMPACT}/proposals`, justification), 400, 'invalid_input');
    const user =
      '{"email":"surrogate@test.example","name":"Jane \\ud800","password":"a-long-password","stakeholderId":"FRA","role":"delegate"}';
    await expectError(await rawJson(as.secretariat, 'POST', '/api/admin/users', user), 400, 'invalid_input');

    const opened = await as.canada.json('POST', `/api/documents/${COMPACT}/threads`, { pid: op9.pid, visibility: 'all', body: 'Fine 😀' });
    expect(opened.messages[0].body).toBe('Fine 😀');
    await expectError(await rawJson(as.eu, 'POST', `/api/threads/${opened.id}/messages`, '{"body":"\\ud800"}'), 400, 'invalid_input');
    await expectError(
      await rawJson(as.canada, 'PATCH', `/api/messages/${opened.messages[0].id}`, '{"body":"\\udbff!"}'),
      400,
      'invalid_input',
    );

    expect(count('SELECT count(*) AS n FROM threads')).toBe(threads + 1);
    expect(count('SELECT count(*) AS n FROM thread_messages WHERE thread_id = ?', opened.id)).toBe(1);
    expect(count('SELECT count(*) AS n FROM proposals')).toBe(proposals);
    expect(count('SELECT count(*) AS n FROM users')).toBe(users);
  });
});

describe('user names and passwords', () => {
  it('cleans the name but keeps the password exactly as typed', async () => {
    const password = ' pass\u202Eword\u200B ';
    const created = await as.secretariat.json('POST', '/api/admin/users', {
      email: 'bidi.name@test.example',
      name: ' Jane \u202EDoe\u202C ',
      password,
      stakeholderId: 'FRA',
      role: 'delegate',
    });
    expect(created.name).toBe('Jane Doe');
    expect(row('SELECT name FROM users WHERE id = ?', created.id).name).toBe('Jane Doe');
    expect((await new ApiClient(server.url).post('/api/auth/login', { email: 'bidi.name@test.example', password })).status).toBe(200);
    for (const altered of ['pass\u202Eword\u200B', ' password\u200B ', ' pass\u202Eword ']) {
      expect((await new ApiClient(server.url).post('/api/auth/login', { email: 'bidi.name@test.example', password: altered })).status).toBe(
        401,
      );
    }
  });
});

describe('the quote of a span comment', () => {
  const encode = (type: Y.AbstractType<any>, index: number, assoc = 0) =>
    Buffer.from(Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(type, index, assoc))).toString('base64');
  const textOf = (pid: string) =>
    findBlock(pen.doc, pid)
      .toArray()
      .find((c): c is Y.XmlText => c instanceof Y.XmlText)!;

  async function wordsOf(number: string) {
    const { pid } = await paragraph(as.observer, number);
    const text = textOf(pid);
    const plain = blockText(findBlock(pen.doc, pid));
    return { pid, text, plain };
  }

  it('is read from the text under the anchor, whatever quote the client sends', async () => {
    const { pid, text, plain } = await wordsOf('OP10');
    const from = plain.indexOf(' ') + 1;
    const to = plain.indexOf(' ', from + 12);
    const words = plain.slice(from, to);
    const anchor = { start: encode(text, from), end: encode(text, to, -1), quote: 'the delegations reject this paragraph entirely' };

    const thread = await as.canada.json('POST', `/api/documents/${COMPACT}/threads`, {
      pid,
      visibility: 'all',
      body: 'On these words',
      anchor,
    });
    expect(thread.anchor).toEqual({ start: anchor.start, end: anchor.end, quote: words, detached: false });
    expect((await as.eu.json('GET', `/api/threads/${thread.id}`)).anchor.quote).toBe(words);
    expect(row('SELECT quote FROM threads WHERE id = ?', thread.id).quote).toBe(words);

    const withoutQuote = await as.canada.json('POST', `/api/documents/${COMPACT}/threads`, {
      pid,
      visibility: 'all',
      body: 'Same words',
      anchor: { start: anchor.start, end: anchor.end },
    });
    expect(withoutQuote.anchor.quote).toBe(words);
  });

  it('keeps only the words: formatting, bidi controls and surrounding spaces are not quoted', async () => {
    const { pid, text } = await wordsOf('OP11');
    const plain = () => blockText(findBlock(pen.doc, pid));
    const from = plain().indexOf(' ');
    const to = plain().indexOf(' ', from + 15) + 1;
    pen.doc.transact(() => {
      text.format(from + 3, 5, { bold: {} });
      text.insert(from + 6, '\u202E');
    });
    await eventually(async () => expect((await paragraph(as.observer, 'OP11')).text).toBe(plain()), 2000);
    const words = plain()
      .slice(from, to + 1)
      .replace('\u202E', '')
      .trim();

    const anchor = { start: encode(text, from), end: encode(text, to + 1, -1) };
    const thread = await as.canada.json('POST', `/api/documents/${COMPACT}/threads`, { pid, visibility: 'all', body: 'Formatted', anchor });
    expect(thread.anchor.quote).toBe(words);
    expect(thread.anchor.quote).not.toMatch(BIDI_CONTROL);
  });

  it('cuts the quote of a very long span between characters', async () => {
    const { pid, text } = await wordsOf('OP14');
    const long = `${'a'.repeat(1_998)}😀😀 and more words`;
    insertText(pen.doc, pid, 0, long);
    await eventually(async () => expect((await paragraph(as.observer, 'OP14')).text.startsWith(long)).toBe(true), 2000);
    const anchor = { start: encode(text, 0), end: encode(text, long.length, -1) };
    const thread = await as.canada.json('POST', `/api/documents/${COMPACT}/threads`, { pid, visibility: 'all', body: 'Long', anchor });
    expect(thread.anchor.quote).toBe(`${'a'.repeat(1_998)}😀…`);
  });

  it('refuses an empty, reversed or straddling span, and one in another paragraph, storing nothing', async () => {
    const { pid, text, plain } = await wordsOf('OP12');
    const other = await wordsOf('OP13');
    const spaces = plain.indexOf(' ');
    const post = (anchor: unknown) => as.canada.post(`/api/documents/${COMPACT}/threads`, { pid, visibility: 'all', body: 'x', anchor });
    const before = count('SELECT count(*) AS n FROM threads');

    const cases = {
      'an empty span': { start: encode(text, 10), end: encode(text, 10, -1) },
      'a reversed span': { start: encode(text, 20), end: encode(text, 10, -1) },
      'a span of one space': { start: encode(text, spaces), end: encode(text, spaces + 1, -1) },
      'a span that ends in the next paragraph': { start: encode(text, 10), end: encode(other.text, 5, -1) },
      'a span of another paragraph': { start: encode(other.text, 0), end: encode(other.text, 10, -1) },
    };
    for (const [name, anchor] of Object.entries(cases)) {
      const response = await post({ ...anchor, quote: 'forged words' });
      expect({ name, status: response.status, code: (await response.json()).error.code }).toEqual({
        name,
        status: 400,
        code: 'invalid_anchor',
      });
    }
    expect(count('SELECT count(*) AS n FROM threads')).toBe(before);
  });
});
