/**
 * Throughput: how many updates a second one document accepts. One writer sends K one-character updates as fast
 * as its socket takes them; a second client measures when it holds them all. Plenary makes every update durable
 * before it broadcasts it; the reference, y-websocket's own server, keeps them in memory.
 */
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import type { ScenarioResult } from '../report.ts';
import { compactSeedFile, connectMany, startPlenary, startYWebsocket, type Target } from '../targets.ts';
import { blocks, insertText } from '../../test/support/yjs-text.ts';

const UPDATES = Number(process.env.THROUGHPUT_UPDATES ?? 10_000);
const TIMEOUT_MS = 120_000;

async function updatesPerSecond(target: Target): Promise<number> {
  const [writer, observer] = await connectMany(target, 'writer', 2);
  try {
    const pid = blocks(writer!.doc)
      .find((b) => b.nodeName === 'operativeParagraph')!
      .getAttribute('pid')!;
    const id = writer!.doc.clientID;
    const target_clock = Y.getState(writer!.doc.store, id) + UPDATES;
    const received = new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${target.name}: not all ${UPDATES} updates arrived`)), TIMEOUT_MS);
      const onUpdate = () => {
        if (Y.getState(observer!.doc.store, id) < target_clock) return;
        clearTimeout(timer);
        observer!.doc.off('update', onUpdate);
        resolve(performance.now());
      };
      observer!.doc.on('update', onUpdate);
    });
    const started = performance.now();
    for (let i = 0; i < UPDATES; i++) insertText(writer!.doc, pid, Number.MAX_SAFE_INTEGER, 'x');
    return UPDATES / (((await received) - started) / 1000);
  } finally {
    writer!.destroy();
    observer!.destroy();
  }
}

export default async function run(): Promise<ScenarioResult> {
  const seed = await compactSeedFile();
  const plenary = await startPlenary();
  const relay = await startYWebsocket(seed);
  try {
    const ours = await updatesPerSecond(plenary);
    const reference = await updatesPerSecond(relay);
    return {
      scenario: 'throughput',
      description: `one writer sends ${UPDATES} one-character updates into a compact paragraph as fast as its socket takes them; a second client times their arrival (Plenary: every update durable before broadcast; y-websocket: in memory)`,
      figures: [{ name: 'updates accepted per second', value: ours, unit: '/s', reference: { name: relay.name, value: reference } }],
    };
  } finally {
    await plenary.stop();
    await relay.stop();
  }
}
