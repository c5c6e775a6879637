/**
 * Live-sync latency: how long an edit by one co-facilitator takes to reach 10 other connected clients through the
 * real server (which writes every update to SQLite before broadcasting it), one edit at a time, against the same
 * Yjs exchange done in memory between two docs in this process (the floor: encoding and applying, no network, no
 * disk).
 */
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import type { ScenarioResult } from '../report.ts';
import { percentile } from '../targets.ts';
import { ApiClient } from '../../test/support/api-client.ts';
import { DEMO_EMAILS } from '../../test/support/demo-accounts.ts';
import { startServerProcess, UNMETERED_LIMITS } from '../../test/support/server-process.ts';
import { connectSyncClient } from '../../test/support/sync-client.ts';
import { blocks, insertText } from '../../test/support/yjs-text.ts';

const EDITS = 300;
const WATCHERS = 10;

function inMemoryReference(): number[] {
  const a = new Y.Doc();
  const b = new Y.Doc();
  const samples: number[] = [];
  a.on('update', (update: Uint8Array) => Y.applyUpdate(b, update));
  for (let i = 0; i < EDITS; i++) {
    const start = performance.now();
    a.getText('t').insert(0, `edit ${i} `);
    samples.push(performance.now() - start);
  }
  return samples.sort((x, y) => x - y);
}

async function throughServer(): Promise<number[]> {
  const server = await startServerProcess({ env: UNMETERED_LIMITS });
  try {
    const writerApi = await ApiClient.login(server.url, DEMO_EMAILS.cofacilitator);
    const watcherApi = await ApiClient.login(server.url, DEMO_EMAILS.canada);
    const writer = connectSyncClient(server.url, 'gcm-compact', writerApi.cookie);
    const watchers = Array.from({ length: WATCHERS }, () => connectSyncClient(server.url, 'gcm-compact', watcherApi.cookie));
    await Promise.all([writer, ...watchers].map((c) => c.synced));
    const pid = blocks(writer.doc)
      .find((b) => b.nodeName === 'operativeParagraph')!
      .getAttribute('pid')!;
    const samples: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      const arrived = watchers.map((w) => new Promise<void>((resolve) => w.doc.once('update', () => resolve())));
      const start = performance.now();
      insertText(writer.doc, pid, 0, `edit ${i} `);
      await Promise.all(arrived);
      samples.push(performance.now() - start);
    }
    for (const c of [writer, ...watchers]) c.destroy();
    return samples.sort((x, y) => x - y);
  } finally {
    await server.stop();
  }
}

export default async function run(): Promise<ScenarioResult> {
  const floor = inMemoryReference();
  const served = await throughServer();
  const reference = (p: number) => ({ name: 'in-memory Yjs exchange', value: percentile(floor, p) });
  const total = served.reduce((a, b) => a + b, 0) / 1000;
  return {
    scenario: 'sync-latency',
    description: `${EDITS} edits by one co-facilitator, one at a time, until all ${WATCHERS} watching clients hold each`,
    figures: [
      { name: `edit to all ${WATCHERS} watchers: p50`, value: percentile(served, 50), unit: 'ms', reference: reference(50) },
      { name: `edit to all ${WATCHERS} watchers: p95`, value: percentile(served, 95), unit: 'ms', reference: reference(95) },
      {
        name: `edit to all ${WATCHERS} watchers: max`,
        value: served.at(-1)!,
        unit: 'ms',
        reference: { name: 'in-memory Yjs exchange', value: floor.at(-1)! },
      },
      { name: 'sequential edits per second', value: EDITS / total, unit: '/s' },
    ],
  };
}
