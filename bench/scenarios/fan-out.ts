/**
 * Fan-out: two writers type into the compact at human speed (6 characters a second each) and at ten times that,
 * while N read-only clients watch; the same against y-websocket's own server and Hocuspocus in the same run. An
 * edit's latency is the time from the writer's keystroke to a reader's document holding it, observed through the
 * writer's clock in the reader's state vector, over every reader.
 */
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { type Figure, type ScenarioResult } from '../report.ts';
import {
  compactSeedFile,
  connectMany,
  cpuMs,
  percentile,
  settle,
  startHocuspocus,
  startPlenary,
  startYWebsocket,
  watchPeakRss,
  type BenchClient,
  type Target,
} from '../targets.ts';
import { blocks, insertText } from '../../test/support/yjs-text.ts';

const READERS = process.env.FAN_OUT_READERS ? process.env.FAN_OUT_READERS.split(',').map(Number) : [50, 200, 500];
const HUMAN_CHARS_PER_SECOND = 6;
const SPEEDS = [
  { name: 'human speed', factor: 1, seconds: 5 },
  { name: '10× typing', factor: 10, seconds: 4 },
];
const DRAIN_TIMEOUT_MS = 15_000;

interface PhaseResult {
  latencies: number[];
  missing: number;
  deliveriesPerSecond: number;
  cpuSeconds: number;
  peakRssMb: number;
}

/** Types into one paragraph per writer for the phase; every reader records when each keystroke reached it. */
async function typingPhase(
  target: Target,
  writers: BenchClient[],
  readers: BenchClient[],
  factor: number,
  seconds: number,
): Promise<PhaseResult> {
  const pids = blocks(writers[0]!.doc)
    .filter((b) => b.nodeName === 'operativeParagraph')
    .slice(0, writers.length)
    .map((b) => b.getAttribute('pid')!);
  // The send time of each keystroke, by writer client id, indexed by the writer's clock after it.
  const sent = new Map<number, Map<number, number>>(writers.map((w) => [w.doc.clientID, new Map()]));
  const latencies: number[] = [];
  let lastDelivery = 0;
  const stopWatching = readers.map((reader) => {
    const seen = new Map<number, number>(writers.map((w) => [w.doc.clientID, Y.getState(reader.doc.store, w.doc.clientID)]));
    const onUpdate = () => {
      const now = performance.now();
      for (const [writer, times] of sent) {
        const state = Y.getState(reader.doc.store, writer);
        for (let clock = seen.get(writer)! + 1; clock <= state; clock++) {
          const at = times.get(clock);
          if (at !== undefined) latencies.push(now - at);
        }
        seen.set(writer, state);
      }
      lastDelivery = now;
    };
    reader.doc.on('update', onUpdate);
    return () => reader.doc.off('update', onUpdate);
  });

  const cpuBefore = cpuMs(target.pid);
  const rss = watchPeakRss(target.pid);
  const started = performance.now();
  const intervalMs = 1000 / (HUMAN_CHARS_PER_SECOND * factor);
  const keystrokes = Math.round(seconds * HUMAN_CHARS_PER_SECOND * factor);
  await Promise.all(
    writers.map(async (writer, w) => {
      for (let k = 0; k < keystrokes; k++) {
        const due = started + k * intervalMs + (w * intervalMs) / writers.length;
        const wait = due - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        insertText(writer.doc, pids[w]!, Number.MAX_SAFE_INTEGER, 'abcdefghij'[k % 10]!);
        sent.get(writer.doc.clientID)!.set(Y.getState(writer.doc.store, writer.doc.clientID), performance.now());
      }
    }),
  );
  const expected = keystrokes * writers.length * readers.length;
  const drainDeadline = performance.now() + DRAIN_TIMEOUT_MS;
  while (latencies.length < expected && performance.now() < drainDeadline) await new Promise((r) => setTimeout(r, 20));
  const wall = (lastDelivery - started) / 1000;
  const result = {
    latencies: latencies.sort((a, b) => a - b),
    missing: expected - latencies.length,
    deliveriesPerSecond: latencies.length / wall,
    cpuSeconds: (cpuMs(target.pid) - cpuBefore) / 1000,
    peakRssMb: rss.stop(),
  };
  for (const stop of stopWatching) stop();
  return result;
}

type Measured = Record<string, PhaseResult>;

function figuresFor(label: string, readers: number, ours: PhaseResult, refs: { name: string; result: PhaseResult }[]): Figure[] {
  const [yws] = refs;
  const figures: Figure[] = [];
  const p = (r: PhaseResult, q: number) => percentile(r.latencies, q);
  const name = (what: string) => `${readers} readers, ${label}: ${what}`;
  figures.push({ name: name('p50'), value: p(ours, 50), unit: 'ms', reference: { name: yws!.name, value: p(yws!.result, 50) } });
  figures.push({ name: name('p95'), value: p(ours, 95), unit: 'ms', reference: { name: yws!.name, value: p(yws!.result, 95) } });
  for (const ref of refs) {
    const goal = ref.name === 'y-websocket' ? (readers >= 200 ? { ratio: 1.1 } : undefined) : { ratio: 1 };
    figures.push({ name: name('p99'), value: p(ours, 99), unit: 'ms', reference: { name: ref.name, value: p(ref.result, 99) }, goal });
  }
  for (const ref of refs) {
    figures.push({
      name: name('deliveries'),
      value: ours.deliveriesPerSecond,
      unit: '/s',
      reference: { name: ref.name, value: ref.result.deliveriesPerSecond },
    });
  }
  for (const ref of refs) {
    figures.push({
      name: name('server CPU'),
      value: ours.cpuSeconds,
      unit: 's',
      reference: { name: ref.name, value: ref.result.cpuSeconds },
    });
    figures.push({
      name: name('server peak RSS'),
      value: ours.peakRssMb,
      unit: 'MB',
      reference: { name: ref.name, value: ref.result.peakRssMb },
    });
  }
  const lost = ours.missing + refs.reduce((sum, r) => sum + r.result.missing, 0);
  if (lost > 0) figures.push({ name: name('keystrokes not received (all servers)'), value: lost, unit: 'count', goal: { max: 0 } });
  return figures;
}

export default async function run(): Promise<ScenarioResult> {
  const seed = await compactSeedFile();
  const targets = [await startPlenary(), await startYWebsocket(seed), await startHocuspocus(seed)];
  const figures: Figure[] = [];
  try {
    for (const readerCount of READERS) {
      const measured: Record<string, Measured> = {};
      for (const target of targets) {
        const readers = await connectMany(target, 'reader', readerCount);
        const writers = await connectMany(target, 'writer', 2);
        // Hundreds of arrivals announce their presence to one another: typing starts once that has died down.
        await settle(target);
        measured[target.name] = {};
        for (const speed of SPEEDS) {
          measured[target.name]![speed.name] = await typingPhase(target, writers, readers, speed.factor, speed.seconds);
        }
        for (const client of [...writers, ...readers]) client.destroy();
        console.log(`  ${target.name}: ${readerCount} readers done`);
      }
      for (const speed of SPEEDS) {
        const refs = targets.slice(1).map((t) => ({ name: t.name, result: measured[t.name]![speed.name]! }));
        figures.push(...figuresFor(speed.name, readerCount, measured[targets[0]!.name]![speed.name]!, refs));
      }
    }
  } finally {
    for (const target of targets) await target.stop();
  }
  return {
    scenario: 'fan-out',
    description:
      `2 writers type into the compact (${HUMAN_CHARS_PER_SECOND} characters/s each, then 10×) while ${READERS.join(', ')} read-only clients ` +
      'watch; edit-to-receive latency over all readers, deliveries per second, server CPU and peak RSS; against y-websocket’s own ' +
      'server and Hocuspocus (both in memory) in the same run. All clients run in the benchmark’s own process and share the 2 cores ' +
      'with the server.',
    figures,
  };
}
