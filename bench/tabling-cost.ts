/**
 * Read-cost benchmark: what tabling a proposal and opening a comment thread take through the real server on
 * the demo as it starts, and on a compact that already carries many proposals and threads. Requests that
 * touch one proposal or thread should cost the same whatever the document holds.
 *
 *   npx tsx bench/tabling-cost.ts [existing=2000] [samples=30]
 */
import { interleavedMedians, openThread, startCostSubjects, tableOne } from '../test/support/request-cost.ts';

const EXISTING = Number(process.argv[2] ?? 2000);
const SAMPLES = Number(process.argv[3] ?? 30);
const WARMUP = 5;

const subjects = await startCostSubjects(EXISTING);
try {
  const servers = [subjects.empty, subjects.crowded];
  console.log(`median of ${SAMPLES} requests each (after ${WARMUP} warm-up), at the start and with ${EXISTING} proposals and threads\n`);
  for (const [name, action] of [
    ['table a proposal', tableOne],
    ['open a thread', openThread],
  ] as const) {
    const [atStart = NaN, crowded = NaN] = await interleavedMedians(servers, action, { warmup: WARMUP, samples: SAMPLES });
    const f = (n: number) => `${n.toFixed(2).padStart(7)} ms`;
    console.log(`${name.padEnd(18)} at start ${f(atStart)}   with ${EXISTING} ${f(crowded)}   ratio ${(crowded / atStart).toFixed(2)}×`);
  }
} finally {
  await subjects.stop();
}
