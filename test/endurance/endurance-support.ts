import fs from 'node:fs';
import WebSocket from 'ws';
import * as Y from 'yjs';

/** A seeded generator (mulberry32), so that a failing run can be replayed from the seed it printed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seedFromEnvironment(): number {
  return Number(process.env.ENDURANCE_SEED ?? Math.floor(Math.random() * 2 ** 31));
}

/** The resident memory of a process, in MB. */
export function residentMb(pid: number): number {
  const line = fs
    .readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(/(\d+)/.exec(line ?? '')?.[1] ?? NaN) / 1024;
}

/** How many files and sockets a process holds open. */
export function openDescriptors(pid: number): number {
  return fs.readdirSync(`/proc/${pid}/fd`).length;
}

/** Whether `doc` holds every update `other` holds (its state vector covers the other's). */
export function covers(doc: Y.Doc, other: Y.Doc): boolean {
  const have = Y.decodeStateVector(Y.encodeStateVector(doc));
  for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(other))) {
    if ((have.get(client) ?? 0) < clock) return false;
  }
  return true;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The live heap of a server started with `--inspect=127.0.0.1:0`, in MB, read through its inspector after a full
 * garbage collection: what the server still holds, which its resident size (the allocator keeps freed pages)
 * does not show.
 */
export async function heapAfterGcMb(serverOutput: string): Promise<number> {
  const address = /Debugger listening on (ws:\/\/\S+)/.exec(serverOutput)?.[1];
  if (!address) throw new Error('The server was not started with --inspect');
  const socket = new WebSocket(address);
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  let nextId = 1;
  const call = (method: string, params: Record<string, unknown> = {}) =>
    new Promise<any>((resolve, reject) => {
      const id = nextId++;
      const onMessage = (data: Buffer) => {
        const message = JSON.parse(data.toString());
        if (message.id !== id) return;
        socket.off('message', onMessage);
        if (message.error) reject(new Error(message.error.message));
        else resolve(message.result);
      };
      socket.on('message', onMessage);
      socket.send(JSON.stringify({ id, method, params }));
    });
  try {
    await call('HeapProfiler.collectGarbage');
    const { usedSize } = await call('Runtime.getHeapUsage');
    return usedSize / 2 ** 20;
  } finally {
    socket.close();
  }
}
