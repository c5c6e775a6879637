import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/api-client.ts';
import { openWithLibreOffice, savedAgainByLibreOffice, type OpenedDocument } from '../support/libreoffice.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { connectSyncClient, eventually } from '../support/sync-client.ts';
import { findBlock } from '../support/yjs-text.ts';
import { expectError, loginAll, paragraph, table, type Paragraph, type Who } from './proposals-fixtures.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const EXPORT = '/api/documents/gcm-compact/export.docx';
const MULTILINGUAL = ' 全球移民契约 الاتفاق العالمي من أجل الهجرة';

let server: ServerProcess;
let as: Record<Who, ApiClient>;
let op: Record<'amended' | 'deleted' | 'followed' | 'alternative' | 'accepted' | 'commented' | 'typed' | 'multilingual', Paragraph>;
let rev1: string;
let rev2: string;
let opened: Record<
  'clean' | 'euTracked' | 'canadaTracked' | 'compilation' | 'redline' | 'redlineLive' | 'earlierRedline' | 'savedAgain' | 'chairComments',
  OpenedDocument
>;
let canadaName: string;
let live: { paragraphs: Paragraph[] };
let cofacilitatorName: string;

async function download(client: ApiClient, query: string): Promise<Buffer> {
  const response = await client.get(`${EXPORT}${query}`);
  if (response.status !== 200) throw new Error(`Export ${query} → ${response.status}: ${await response.text()}`);
  expect(response.headers.get('content-type')).toBe(DOCX);
  return Buffer.from(await response.arrayBuffer());
}

const encode = (rel: Y.RelativePosition) => Buffer.from(Y.encodeRelativePosition(rel)).toString('base64');

/** A span anchor over some words of a paragraph, as the editor sends it. */
async function spanAnchor(pid: string, words: string) {
  const pen = connectSyncClient(server.url, 'gcm-compact', as.cofacilitator.cookie);
  await pen.synced;
  try {
    const text = findBlock(pen.doc, pid)
      .toArray()
      .find((c): c is Y.XmlText => c instanceof Y.XmlText)!;
    const at = text.toString().indexOf(words);
    expect(at).toBeGreaterThanOrEqual(0);
    return {
      start: encode(Y.createRelativePositionFromTypeIndex(text, at)),
      end: encode(Y.createRelativePositionFromTypeIndex(text, at + words.length)),
      quote: words,
    };
  } finally {
    pen.destroy();
  }
}

/** A co-facilitator types at the end of a paragraph, and the server has it. */
async function typeAtEnd({ pid, number }: Paragraph, words: string) {
  const pen = connectSyncClient(server.url, 'gcm-compact', as.cofacilitator.cookie);
  await pen.synced;
  try {
    const text = findBlock(pen.doc, pid)
      .toArray()
      .find((c): c is Y.XmlText => c instanceof Y.XmlText)!;
    text.insert(text.length, words);
    await eventually(async () => expect((await paragraph(as.observer, number)).text.endsWith(words)).toBe(true));
  } finally {
    pen.destroy();
  }
}

beforeAll(async () => {
  server = await startServerProcess();
  as = await loginAll(server);
  canadaName = (await as.canada.json('GET', '/api/me')).user.name;
  cofacilitatorName = (await as.cofacilitator.json('GET', '/api/me')).user.name;
  const numbers = {
    amended: 'OP5',
    deleted: 'OP6',
    followed: 'OP7',
    alternative: 'OP8',
    accepted: 'OP9',
    commented: 'OP10',
    typed: 'OP11',
    multilingual: 'OP12',
  } as const;
  op = Object.fromEntries(
    await Promise.all(Object.entries(numbers).map(async ([key, number]) => [key, await paragraph(as.observer, number)])),
  ) as typeof op;

  // The text moves between two revisions through an accepted EU proposal: the redline is the EU's.
  rev1 = (await as.cofacilitator.json('POST', '/api/documents/gcm-compact/revisions', { name: 'Rev.1', symbol: 'A/CONF.231/3' })).id;
  const accepted = await table(as.eu, {
    pid: op.accepted.pid,
    kind: 'amend',
    text: `${op.accepted.text} Progress shall be reviewed every four years.`,
    justification: 'A review clause.',
  });
  expect((await as.cofacilitator.post(`/api/proposals/${accepted.id}/accept`, {})).status).toBe(200);
  await typeAtEnd(op.typed, ' Typed by the pen.');
  rev2 = (
    await as.cofacilitator.json('POST', '/api/documents/gcm-compact/revisions', {
      name: 'Rev.2',
      symbol: 'A/CONF.231/3/Rev.2',
      issuedOn: '2026-05-11',
    })
  ).id;

  // Since the last revision the pen wrote in Chinese and Arabic too.
  await typeAtEnd(op.multilingual, MULTILINGUAL);

  // Pending proposals of every kind, two on one paragraph.
  const amend = await table(as.eu, {
    pid: op.amended.pid,
    kind: 'amend',
    text: op.amended.text.replace(/^(\S+ \S+)/, '$1 firmly'),
    justification: 'Stronger.',
  });
  await table(as.canada, { pid: op.amended.pid, kind: 'amend', text: `${op.amended.text} Canada adds this.`, justification: 'Wider.' });
  await table(as.g77, { pid: op.deleted.pid, kind: 'delete', justification: 'Not needed.' });
  await table(as.canada, {
    pid: op.followed.pid,
    kind: 'insert-after',
    text: 'A new paragraph proposed by Canada.',
    justification: 'Gap.',
  });
  await table(as.eu, {
    pid: op.alternative.pid,
    kind: 'alternative',
    text: 'An alternative wording from the EU.',
    justification: 'Clearer.',
  });
  expect((await as.canada.post(`/api/proposals/${amend.id}/support`, {})).status).toBe(200);
  expect((await as.g77.post(`/api/proposals/${amend.id}/oppose`, { reason: 'Too strong.' })).status).toBe(200);

  // Comments: one for everyone on a span with a reply, resolved; one the EU keeps to itself.
  const words = op.commented.text.split(' ').slice(1, 4).join(' ');
  const open = await as.canada.json('POST', '/api/documents/gcm-compact/threads', {
    pid: op.commented.pid,
    visibility: 'all',
    body: 'Canada asks what these words cover.',
    anchor: await spanAnchor(op.commented.pid, words),
  });
  await as.cofacilitator.json('POST', `/api/threads/${open.id}/messages`, { body: 'The co-facilitators answer here.' });
  expect((await as.cofacilitator.post(`/api/threads/${open.id}/resolve`, {})).status).toBe(200);
  await as.eu.json('POST', '/api/documents/gcm-compact/threads', {
    pid: op.amended.pid,
    visibility: 'delegation',
    body: 'EU internal: hold firm on this one.',
  });
  await as.g77.json('POST', '/api/documents/gcm-compact/threads', {
    pid: op.deleted.pid,
    visibility: 'cofacilitators',
    body: 'For the co-facilitators only, from the G77.',
  });

  const files = {
    clean: await download(as.eu, ''),
    euTracked: await download(as.eu, '?proposals=tracked&comments=1'),
    canadaTracked: await download(as.canada, '?proposals=tracked&comments=1'),
    chairComments: await download(as.cofacilitator, '?comments=1'),
    compilation: await download(as.observer, '?proposals=compilation'),
    redline: await download(as.canada, `?from=${rev1}&to=${rev2}`),
    redlineLive: await download(as.canada, `?from=${rev2}`),
    earlierRedline: await download(as.canada, `?from=${rev1}&to=${rev1}`),
  };
  live = await as.eu.json('GET', '/api/documents/gcm-compact');
  // What comes back from a delegate who saved the file in LibreOffice: read in the same run as the rest.
  const { tracked: savedAgain } = await savedAgainByLibreOffice({ tracked: files.euTracked });
  opened = await openWithLibreOffice({ ...files, savedAgain });
}, 240_000);
afterAll(() => server?.stop());

const line = (document: OpenedDocument, start: string) => document.paragraphs.find((p) => p.startsWith(start));

describe('the clean text, as LibreOffice reads it', () => {
  it('has the title, every paragraph with its number, and a bookmark with each pid', () => {
    const paragraphs = live;
    const { clean } = opened;
    expect(clean.paragraphs[0]).toMatch(/^Global Compact for Safe, Orderly and Regular Migration/);
    expect(clean.paragraphs[1]).toBe('Preamble');
    for (const p of paragraphs.paragraphs.filter((p: Paragraph) => p.type === 'operativeParagraph')) {
      const number = p.number.replace(/^OP/, '');
      expect(clean.paragraphs).toContain(`${number}.\t${p.text}`);
    }
    expect(clean.paragraphs.some((p) => /^PP1\t/.test(p))).toBe(true);
    expect(line(clean, '12.\t')!.endsWith(MULTILINGUAL)).toBe(true);
    expect(clean.paragraphs.some((p) => /^\(a\)\t/.test(p))).toBe(true);
    const pids = paragraphs.paragraphs.filter((p: Paragraph) => p.text.length > 0).map((p: Paragraph) => `pid_${p.pid}`);
    expect(clean.bookmarks).toEqual(expect.arrayContaining(pids));
    // The pending proposals are left out of the clean text.
    expect(clean.changes).toEqual([]);
    expect(clean.xml).not.toContain('Canada adds this');
  });

  it('keeps the pid bookmarks, tracked changes and comments when LibreOffice saves the file as Word again', () => {
    const { savedAgain, euTracked } = opened;
    const pids = live.paragraphs.filter((p) => p.text.length > 0).map((p) => `pid_${p.pid}`);
    expect(savedAgain.bookmarks).toEqual(expect.arrayContaining(pids));
    expect(savedAgain.changes.map((c) => [c.kind, c.creator])).toEqual(euTracked.changes.map((c) => [c.kind, c.creator]));
    const comments = (document: OpenedDocument) => document.comments.map((c) => `${c.creator}: ${c.text}`).sort();
    expect(comments(savedAgain)).toEqual(comments(euTracked));
  });

  it('names the symbol, the revision and its date in the header', () => {
    expect(opened.clean.xml).toMatch(/A\/CONF\.231\/3\/Rev\.2<text:tab\/>Rev\.2<text:tab\/>11 May 2026/);
    expect(opened.clean.xml).toContain('<text:page-number');
  });
});

describe('pending proposals as tracked changes', () => {
  it('tracks each proposal in its tabler’s name, at its tabling time', () => {
    const { changes } = opened.euTracked;
    const by = (creator: string, kind: string) => changes.filter((c) => c.creator === creator && c.kind === kind).map((c) => c.text);
    expect(by('European Union', 'insertion').map((t) => t.trim())).toContain('firmly');
    expect(by('Group of 77 and China', 'deletion').join('')).toContain(op.deleted.text);
    expect(by('Canada', 'insertion').join('')).toContain('A new paragraph proposed by Canada.');
    expect(by('European Union', 'deletion').join('')).toContain(op.alternative.text);
    expect(by('European Union', 'insertion').join('')).toContain('An alternative wording from the EU.');
    // The second proposal on one paragraph follows it as an inserted paragraph introduced by its tabler.
    expect(by('Canada', 'insertion').join('')).toContain('[Canada: amendment]');
    for (const change of changes) expect(change.date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    expect(line(opened.euTracked, '7bis\t')).toBe('7bis\tA new paragraph proposed by Canada.');
  });
});

describe('comments', () => {
  it('carries the readable threads as Word comments on their words, with replies, authors and resolved state', () => {
    const { comments } = opened.canadaTracked;
    const root = comments.find((c) => c.text === 'Canada asks what these words cover.')!;
    const reply = comments.find((c) => c.text === 'The co-facilitators answer here.')!;
    expect(root).toMatchObject({ creator: `${canadaName} (Canada)`, resolved: true });
    expect(reply.creator).toBe(`${cofacilitatorName} (Mexico)`);
    expect(root.anchored).toBe(op.commented.text.split(' ').slice(1, 4).join(' '));
    expect(reply.anchored).toBe(root.anchored);
  });

  it('gives the EU its delegation-only note, and never Canada', () => {
    expect(opened.euTracked.comments.map((c) => c.text)).toContain('EU internal: hold firm on this one.');
    expect(opened.euTracked.comments.find((c) => c.text.startsWith('EU internal'))!.anchored).toContain('sovereign right of States');
    expect(opened.canadaTracked.xml).not.toContain('hold firm');
    expect(opened.canadaTracked.comments).toHaveLength(2);
    // A note to the co-facilitators reaches neither delegation's file.
    for (const file of [opened.euTracked, opened.canadaTracked]) expect(file.xml).not.toContain('co-facilitators only, from the G77');
    const chair = opened.chairComments.comments;
    expect(chair.find((c) => c.text === 'For the co-facilitators only, from the G77.')?.anchored).toBe(op.deleted.text);
    expect(chair.map((c) => c.text)).not.toContain('EU internal: hold firm on this one.');
  });
});

describe('the compilation', () => {
  it('lists each proposal under its paragraph with attribution, supporters and opposers', () => {
    const { paragraphs } = opened.compilation;
    const at = paragraphs.findIndex((p) => p.startsWith('5.\t'));
    const after = paragraphs.slice(at + 1, at + 6).join('\n');
    expect(after).toMatch(/amend: EU, supported by Canada; opposed by G77 and China \(tabled \d+ \w+ \d{4}\)/);
    expect(after).toContain('Justification: Stronger.');
    expect(paragraphs).toContain('Compilation of proposals');
    expect(paragraphs.join('\n')).toContain('new paragraph: Canada');
    expect(opened.compilation.changes).toEqual([]);
  });
});

describe('the redline between two revisions', () => {
  it('tracks what changed, authored by where it came from', () => {
    expect(opened.redline.changes).toEqual([
      expect.objectContaining({ kind: 'insertion', creator: 'European Union', text: ' Progress shall be reviewed every four years.' }),
      expect.objectContaining({ kind: 'insertion', creator: `${cofacilitatorName} (Mexico)`, text: ' Typed by the pen.' }),
    ]);
    expect(opened.redline.paragraphs).toContain('Changes from Rev.1 to Rev.2');
    expect(opened.redline.xml).toMatch(/A\/CONF\.231\/3\/Rev\.2<text:tab\/>Rev\.2<text:tab\/>11 May 2026/);
    // The header names the later side's revision, not the last one issued.
    expect(opened.earlierRedline.xml).toMatch(/A\/CONF\.231\/3<text:tab\/>Rev\.1<text:tab\/>\d+ \w+ \d{4}/);
    expect(opened.earlierRedline.changes).toEqual([]);
    // From the last revision to the live text: what the pen wrote since, in Chinese and Arabic, not the pending proposals.
    expect(opened.redlineLive.changes).toEqual([
      expect.objectContaining({ kind: 'insertion', creator: `${cofacilitatorName} (Mexico)`, text: MULTILINGUAL }),
    ]);
    expect(opened.redlineLive.paragraphs).toContain('Changes from Rev.2 to the live text');
  });
});

describe('who may export, and what is refused', () => {
  it('answers 404 for a brief the caller may not read, and serves one they may', async () => {
    await expectError(await as.eu.get('/api/documents/gcm-brief-2/export.docx'), 404, 'not_found');
    await expectError(await as.eu.get('/api/documents/no-such-document/export.docx'), 404, 'not_found');
    expect((await as.secretariat.get('/api/documents/gcm-brief-2/export.docx')).status).toBe(200);
    expect((await as.observer.get('/api/documents/gcm-brief-6/export.docx?comments=1')).status).toBe(200);
  });

  it('refuses a signed-out caller', async () => {
    const response = await fetch(new URL(EXPORT, server.url));
    expect(response.status).toBe(401);
  });

  it('refuses bad options with 400 and a clear message', async () => {
    for (const query of ['?proposals=foo', '?comments=yes', '?from=nope', `?from=${rev1}&to=nope`, `?to=${rev2}`, '?format=pdf']) {
      await expectError(await as.eu.get(`${EXPORT}${query}`), 400);
    }
    expect((await expectError(await as.eu.get(`${EXPORT}?from=nope`), 400)).message).toMatch(/No revision "nope"/);
    expect((await expectError(await as.eu.get(`${EXPORT}?from=${rev1}&proposals=tracked`), 400)).message).toMatch(/redline/);
    expect((await expectError(await as.eu.get(`${EXPORT}?from=${rev1}&comments=1`), 400)).message).toMatch(/live text/);
    expect((await expectError(await as.eu.get(`${EXPORT}?from=live`), 400)).message).toMatch(/revision id/);
    // A revision of another document is no revision of this one.
    const briefRevision = await as.secretariat.json('POST', '/api/documents/gcm-brief-2/revisions', { name: 'Draft 1' });
    await expectError(await as.secretariat.get(`${EXPORT}?from=${briefRevision.id}`), 400);
  });
});
