/**
 * The benchmark suite: `npm run bench` runs every scenario in turn (the big-compact `size` scenario last, as it
 * builds its compact first), `npm run bench -- <name> [<name>…]` only those. Each prints its table and writes
 * `bench/results/<name>.json`. The compiled server is built first when it is missing or older than its sources.
 */
import { report, type ScenarioResult } from './report.ts';
import { ensureClientBuilt, ensureServerBuilt } from '../scripts/setup.mjs';

type Scenario = () => Promise<{ default: () => Promise<ScenarioResult> }>;

export const SCENARIOS: Record<string, Scenario> = {
  'sync-latency': () => import('./scenarios/sync-latency.ts'),
  'tabling-cost': () => import('./scenarios/tabling-cost.ts'),
  export: () => import('./scenarios/export.ts'),
  'export-formats': () => import('./scenarios/export-formats.ts'),
  'fan-out': () => import('./scenarios/fan-out.ts'),
  throughput: () => import('./scenarios/throughput.ts'),
  replay: () => import('./scenarios/replay.ts'),
  size: () => import('./scenarios/size.ts'),
};

const requested = process.argv.slice(2);
const unknown = requested.filter((name) => !(name in SCENARIOS));
if (unknown.length > 0) {
  console.error(`No scenario ${unknown.join(', ')}. Scenarios: ${Object.keys(SCENARIOS).join(', ')}`);
  process.exit(2);
}

ensureServerBuilt();
// The size scenario opens the compact in Chromium, which needs the client.
ensureClientBuilt();
let failed = 0;
for (const name of requested.length > 0 ? requested : Object.keys(SCENARIOS)) {
  const started = Date.now();
  console.log(`\n## ${name}`);
  try {
    const { default: run } = await SCENARIOS[name]!();
    report(await run());
    console.log(`(${name}: ${((Date.now() - started) / 1000).toFixed(0)} s)`);
  } catch (error) {
    failed++;
    console.error(`${name} failed:`, error);
  }
}
process.exit(failed > 0 ? 1 : 0);
