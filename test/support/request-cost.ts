import { performance } from 'node:perf_hooks';
import { ApiClient } from './api-client.ts';
import { seedProposals, seedThreads } from './bulk-seeder.ts';
import { DEMO_EMAILS } from './demo-accounts.ts';
import { startServerProcess, type ServerProcess } from './server-process.ts';

export const COMPACT = 'gcm-compact';

/** A running server with the clients and paragraph a cost measurement acts through. */
export interface CostSubject {
  server: ServerProcess;
  eu: ApiClient;
  observer: ApiClient;
  /** The paragraph the measured requests act on (OP3). */
  target: { pid: string; text: string };
}

interface Paragraph {
  pid: string;
  number: string;
  text: string;
}

async function subjectOf(server: ServerProcess): Promise<CostSubject> {
  const eu = await ApiClient.login(server.url, DEMO_EMAILS.eu);
  const observer = await ApiClient.login(server.url, DEMO_EMAILS.observer);
  const paragraphs: Paragraph[] = (await observer.json('GET', `/api/documents/${COMPACT}`)).paragraphs;
  const target = paragraphs.find((p) => p.number === 'OP3')!;
  return { server, eu, observer, target };
}

/**
 * The demo server as it starts, and another with `count` proposals and `count` comment threads on the
 * compact, written into its database between a first start (which migrates and seeds it) and a second.
 */
export async function startCostSubjects(count: number): Promise<{ empty: CostSubject; crowded: CostSubject; stop(): Promise<void> }> {
  const first = await startServerProcess();
  const observer = await ApiClient.login(first.url, DEMO_EMAILS.observer);
  const paragraphs: Paragraph[] = (await observer.json('GET', `/api/documents/${COMPACT}`)).paragraphs.filter((p: Paragraph) => p.number);
  await first.stop();
  seedProposals(first.dataDir, COMPACT, paragraphs, count);
  seedThreads(
    first.dataDir,
    COMPACT,
    paragraphs.map((p) => p.pid),
    count,
  );
  const [crowded, empty] = await Promise.all([startServerProcess({ dataDir: first.dataDir }), startServerProcess()]);
  const subjects = { empty: await subjectOf(empty), crowded: await subjectOf(crowded) };
  return { ...subjects, stop: async () => void (await Promise.all([empty.stop(), crowded.stop()])) };
}

/** Tables the `i`-th measured proposal on the target paragraph: amendments and new paragraphs in turn. */
export async function tableOne(subject: CostSubject, i: number): Promise<any> {
  const { pid, text } = subject.target;
  const body =
    i % 2 === 0
      ? { pid, kind: 'amend', text: `${text} (measured ${i})`, justification: 'Measured tabling.' }
      : { pid, kind: 'insert-after', text: `We commit to measure ${i}.`, justification: 'Measured tabling.' };
  const response = await subject.eu.post(`/api/documents/${COMPACT}/proposals`, body);
  if (response.status !== 201) throw new Error(`Tabling failed: ${response.status} ${await response.text()}`);
  return response.json();
}

/** Opens the `i`-th measured comment thread on the target paragraph. */
export async function openThread(subject: CostSubject, i: number): Promise<any> {
  const body = { pid: subject.target.pid, visibility: 'all', body: `Measured comment ${i}.` };
  const response = await subject.eu.post(`/api/documents/${COMPACT}/threads`, body);
  if (response.status !== 201) throw new Error(`Opening a thread failed: ${response.status} ${await response.text()}`);
  return response.json();
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = Math.floor(sorted.length / 2);
  // A non-empty list holds `middle`, and `middle - 1` whenever its length is even.
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * The median time of `action` (request to parsed answer) on each subject. Samples alternate between the
 * subjects, in turn forwards and backwards, so that whatever else the machine is doing slows all alike;
 * the first `warmup` rounds are not counted (JIT, SQLite page cache, the document's first load).
 */
export async function interleavedMedians<T>(
  subjects: readonly T[],
  action: (subject: T, i: number) => Promise<unknown>,
  { warmup, samples }: { warmup: number; samples: number },
): Promise<number[]> {
  const measured = subjects.map((subject) => ({ subject, times: [] as number[] }));
  for (let round = 0; round < warmup + samples; round++) {
    const order = round % 2 === 1 ? measured.toReversed() : measured;
    for (const { subject, times } of order) {
      const start = performance.now();
      await action(subject, round);
      if (round >= warmup) times.push(performance.now() - start);
    }
  }
  return measured.map(({ times }) => median(times));
}
