import * as Y from 'yjs';
import { afterAll, assert, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { DEMO_EMAILS } from '../support/demo-accounts.ts';
import { COMPACT, interleavedMedians, tableOne, type CostSubject } from '../support/request-cost.ts';
import { startServerProcess, type ServerProcess, UNMETERED_LIMITS } from '../support/server-process.ts';
import { connectSyncClient, eventually } from '../support/sync-client.ts';
import { blocks } from '../support/yjs-text.ts';

/** Keystrokes of history typed into the long document: enough that reading it back costs more than a tabling. */
const KEYSTROKES = 6_000;
const MEASURE = { warmup: 5, samples: 30 };
const MAX_RATIO = 1.5;
const ATTEMPTS = 3;

let servers: ServerProcess[] = [];

async function subjectOf(server: ServerProcess): Promise<CostSubject> {
  const eu = await ApiClient.login(server.url, DEMO_EMAILS.eu);
  const observer = await ApiClient.login(server.url, DEMO_EMAILS.observer);
  const paragraphs = (await observer.json('GET', `/api/documents/${COMPACT}`)).paragraphs;
  return { server, eu, observer, target: paragraphs.find((p: { number: string }) => p.number === 'OP3') };
}

/** Types keystrokes into the compact as a co-facilitator, then leaves, so that no room holds the document. */
async function typeHistory(server: ServerProcess): Promise<void> {
  const pen = await ApiClient.login(server.url, DEMO_EMAILS.cofacilitator);
  const writer = connectSyncClient(server.url, COMPACT, pen.cookie);
  await writer.synced;
  const text = blocks(writer.doc)
    .filter((b) => b.nodeName === 'operativeParagraph')
    .at(-1)!
    .toArray()
    .find((c): c is Y.XmlText => c instanceof Y.XmlText)!;
  for (let i = 0; i < KEYSTROKES; i++) {
    writer.doc.transact(() => (i % 4 === 3 ? text.delete(text.length - 1, 1) : text.insert(text.length, 'x')));
    if (i % 200 === 199) await new Promise((r) => setTimeout(r, 1));
  }
  const expected = Y.encodeStateVector(writer.doc);
  await eventually(async () => {
    const reader = connectSyncClient(server.url, COMPACT, pen.cookie);
    try {
      await reader.synced;
      expect(Y.encodeStateVector(reader.doc)).toEqual(expected);
    } finally {
      reader.destroy();
    }
  }, 60_000);
  writer.destroy();
}

let fresh: CostSubject;
let longHistory: CostSubject;

beforeAll(async () => {
  // The history is typed as fast as the server takes it, far above one person's sync allowance.
  servers = await Promise.all([startServerProcess({ env: UNMETERED_LIMITS }), startServerProcess({ env: UNMETERED_LIMITS })]);
  await typeHistory(servers[1]!);
  fresh = await subjectOf(servers[0]!);
  longHistory = await subjectOf(servers[1]!);
}, 120_000);
afterAll(() => Promise.all(servers.map((s) => s.stop())));

describe('tabling costs the same however long the text history is', () => {
  it('tables on a document with thousands of logged keystrokes in about the time it takes on a fresh one', async () => {
    const measured: string[] = [];
    let best = Infinity;
    for (let attempt = 0; attempt < ATTEMPTS && best >= MAX_RATIO; attempt++) {
      const [atStart, withHistory] = await interleavedMedians([fresh, longHistory], tableOne, MEASURE);
      assert(atStart !== undefined && withHistory !== undefined, 'a median for each subject');
      best = Math.min(best, withHistory / atStart);
      measured.push(`${withHistory.toFixed(1)} ms against ${atStart.toFixed(1)} ms`);
    }
    expect(best, `medians ${measured.join('; ')}`).toBeLessThan(MAX_RATIO);
  }, 120_000);
});
