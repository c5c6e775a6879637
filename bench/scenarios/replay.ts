/**
 * Replay: a real recorded editing trace (Joseph Gentle's `sveltecomponent`, 18,335 transactions of one person
 * typing; see fixtures/README.md) typed into one compact paragraph by a stock y-websocket client, one Yjs
 * transaction per trace transaction, sent as fast as the socket takes them; the time until a second client holds
 * the whole trace, and its final text checked against the trace's. Against y-websocket's own server (in memory).
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as Y from 'yjs';
import type { ScenarioResult } from '../report.ts';
import { compactSeedFile, connectMany, startPlenary, startYWebsocket, type Target } from '../targets.ts';
import { blocks, blockText } from '../../test/support/yjs-text.ts';

interface Trace {
  startContent: string;
  endContent: string;
  txns: [position: number, deleted: number, inserted: string][][];
}

const fixture = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/sveltecomponent.json.gz');
// A compact paragraph holds no line breaks: the trace's newlines are typed as spaces (the same length, so every
// recorded position still holds).
const flat = (text: string) => text.replaceAll('\n', ' ');
const TIMEOUT_MS = 120_000;

async function replay(target: Target, trace: Trace): Promise<number> {
  const [writer, observer] = await connectMany(target, 'writer', 2);
  try {
    const block = blocks(writer!.doc).find((b) => b.nodeName === 'operativeParagraph')!;
    const pid = block.getAttribute('pid')!;
    const before = blockText(block);
    const text = block.toArray().find((c): c is Y.XmlText => c instanceof Y.XmlText)!;
    const base = text.length;
    const id = writer!.doc.clientID;
    const started = performance.now();
    for (const patches of trace.txns) {
      writer!.doc.transact(() => {
        for (const [position, deleted, inserted] of patches) {
          if (deleted > 0) text.delete(base + position, deleted);
          if (inserted) text.insert(base + position, flat(inserted));
        }
      });
    }
    // The clock covers the insertions; deletions carry none, so the text itself says when the last one arrived.
    const expected = before + flat(trace.endContent);
    const observed = () => blockText(blocks(observer!.doc).find((b) => b.getAttribute('pid') === pid)!);
    const finalClock = Y.getState(writer!.doc.store, id);
    const deadline = started + TIMEOUT_MS;
    while (Y.getState(observer!.doc.store, id) < finalClock || observed() !== expected) {
      if (performance.now() > deadline) throw new Error(`${target.name}: the replayed paragraph differs from the trace's end text`);
      await new Promise((r) => setTimeout(r, Y.getState(observer!.doc.store, id) < finalClock ? 1 : 10));
    }
    const seconds = (performance.now() - started) / 1000;
    return seconds;
  } finally {
    writer!.destroy();
    observer!.destroy();
  }
}

export default async function run(): Promise<ScenarioResult> {
  const trace = JSON.parse(gunzipSync(fs.readFileSync(fixture)).toString('utf8')) as Trace;
  const seed = await compactSeedFile();
  const plenary = await startPlenary();
  const relay = await startYWebsocket(seed);
  try {
    const ours = await replay(plenary, trace);
    const reference = await replay(relay, trace);
    return {
      scenario: 'replay',
      description: `the sveltecomponent editing trace (${trace.txns.length} transactions, ${trace.endContent.length} characters at the end; newlines typed as spaces) replayed into one compact paragraph by a y-websocket client, final text checked`,
      figures: [
        {
          name: 'replay until a second client holds it all',
          value: ours,
          unit: 's',
          reference: { name: relay.name, value: reference },
          goal: { ratio: 1.5 },
        },
        {
          name: 'transactions per second',
          value: trace.txns.length / ours,
          unit: '/s',
          reference: { name: relay.name, value: trace.txns.length / reference },
        },
      ],
    };
  } finally {
    await plenary.stop();
    await relay.stop();
  }
}
