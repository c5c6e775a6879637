/**
 * Live-sync benchmark: how long an edit by one co-facilitator takes to reach other connected clients through the
 * real server (which writes every update to SQLite before broadcasting it), against the same Yjs exchange done
 * in memory between two docs in this process (the floor: encoding and applying, no network, no disk).
 *
 *   npx tsx bench/sync-latency.ts [edits=300] [watchers=10]
 */
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { ApiClient } from '../test/support/api-client.ts';
import { startServerProcess } from '../test/support/server-process.ts';
import { connectSyncClient } from '../test/support/sync-client.ts';
import { blocks, insertText } from '../test/support/yjs-text.ts';

const EDITS = Number(process.argv[2] ?? 300);
const WATCHERS = Number(process.argv[3] ?? 10);

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function report(name: string, samples: number[]) {
  const f = (n: number) => n.toFixed(3).padStart(8);
  console.log(
    `${name.padEnd(34)} p50 ${f(percentile(samples, 50))} ms   p95 ${f(percentile(samples, 95))} ms   max ${f(Math.max(...samples))} ms`,
  );
}

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
  return samples;
}

async function throughServer(): Promise<number[]> {
  const server = await startServerProcess();
  try {
    const writerApi = await ApiClient.login(server.url, 'cofacilitator@demo.test');
    const watcherApi = await ApiClient.login(server.url, 'delegate.canada@demo.test');
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
    return samples;
  } finally {
    await server.stop();
  }
}

console.log(`${EDITS} edits, ${WATCHERS} watching clients\n`);
report('in-memory Yjs exchange (reference)', inMemoryReference());
const served = await throughServer();
report(`server → all ${WATCHERS} watchers`, served);
console.log(`\nthroughput through the server: ${(EDITS / (served.reduce((a, b) => a + b, 0) / 1000)).toFixed(0)} edits/s (sequential)`);
