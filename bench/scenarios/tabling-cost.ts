/**
 * Read cost: what tabling a proposal and opening a comment thread take through the real server on the demo as it
 * starts, and on a compact that already carries 2,000 proposals and threads. Requests that touch one proposal or
 * thread should cost the same whatever the document holds.
 */
import type { ScenarioResult } from '../report.ts';
import { interleavedMedians, openThread, startCostSubjects, tableOne } from '../../test/support/request-cost.ts';

const EXISTING = 2000;
const SAMPLES = 30;
const WARMUP = 5;

export default async function run(): Promise<ScenarioResult> {
  const subjects = await startCostSubjects(EXISTING);
  try {
    const servers = [subjects.empty, subjects.crowded];
    const figures = [];
    for (const [name, action] of [
      ['table a proposal', tableOne],
      ['open a thread', openThread],
    ] as const) {
      const [atStart = NaN, crowded = NaN] = await interleavedMedians(servers, action, { warmup: WARMUP, samples: SAMPLES });
      figures.push({
        name: `${name} with ${EXISTING} proposals and threads`,
        value: crowded,
        unit: 'ms' as const,
        reference: { name: 'the same at the start', value: atStart },
        goal: { ratio: 1.5 },
      });
    }
    return {
      scenario: 'tabling-cost',
      description: `median of ${SAMPLES} requests each (after ${WARMUP} warm-up), at the start and with ${EXISTING} proposals and threads`,
      figures,
    };
  } finally {
    await subjects.stop();
  }
}
