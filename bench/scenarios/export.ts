/**
 * Export benchmark: the demo compact with 100 pending proposals and 200 comment threads, exported through the
 * real server to every format and option, beside the JSON read of its proposals as the reference of the same
 * run. Goal: each export under 2 s on the project's machine.
 */
import type { Figure, ScenarioResult } from '../report.ts';
import { ApiClient } from '../../test/support/api-client.ts';
import { seedProposals, seedThreads } from '../../test/support/bulk-seeder.ts';
import { DEMO_EMAILS } from '../../test/support/demo-accounts.ts';
import { startServerProcess, UNMETERED_LIMITS } from '../../test/support/server-process.ts';

const SAMPLES = 5;
const COMPACT = 'gcm-compact';
const GOAL_MS = 2000;
// Every tenth seeded proposal is closed: 112 seeded leave 100 pending.
const PROPOSALS = 112;
const THREADS = 200;

export default async function run(): Promise<ScenarioResult> {
  const first = await startServerProcess({ env: UNMETERED_LIMITS });
  const pen = await ApiClient.login(first.url, DEMO_EMAILS.cofacilitator);
  interface ListedParagraph {
    pid: string;
    number: string;
    text: string;
  }
  const listed = await pen.json<{ paragraphs: ListedParagraph[] }>('GET', `/api/documents/${COMPACT}`);
  const paragraphs = listed.paragraphs.filter((p) => p.number);
  const revision = (
    await pen.json<{ id: string }>('POST', `/api/documents/${COMPACT}/revisions`, { name: 'Rev.1', symbol: 'A/CONF.231/3' })
  ).id;
  await first.stop();
  seedProposals(first.dataDir, COMPACT, paragraphs, PROPOSALS);
  seedThreads(
    first.dataDir,
    COMPACT,
    paragraphs.map((p) => p.pid),
    THREADS,
  );

  const server = await startServerProcess({ dataDir: first.dataDir, env: UNMETERED_LIMITS });
  try {
    const eu = await ApiClient.login(server.url, DEMO_EMAILS.eu);
    const pending = (await eu.json<{ status: string }[]>('GET', `/api/documents/${COMPACT}/proposals`)).filter(
      (p) => p.status === 'tabled',
    );
    const threads = await eu.json<unknown[]>('GET', `/api/documents/${COMPACT}/threads`);
    const figures: Figure[] = [];
    let reference: { name: string; value: number } | undefined;

    const cases: [string, string][] = [
      ['proposals (JSON, reference)', `/api/documents/${COMPACT}/proposals`],
      ['docx clean', `/api/documents/${COMPACT}/export.docx`],
      ['docx tracked + comments', `/api/documents/${COMPACT}/export.docx?proposals=tracked&comments=1`],
      ['docx compilation', `/api/documents/${COMPACT}/export.docx?proposals=compilation`],
      ['docx redline Rev.1 → live', `/api/documents/${COMPACT}/export.docx?from=${revision}`],
    ];
    for (const [name, path] of cases) {
      const times: number[] = [];
      let bytes = 0;
      for (let i = 0; i <= SAMPLES; i++) {
        const started = performance.now();
        const response = await eu.get(path);
        if (response.status !== 200) throw new Error(`${path} → ${response.status}: ${await response.text()}`);
        bytes = (await response.arrayBuffer()).byteLength;
        if (i > 0) times.push(performance.now() - started);
      }
      const median = times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
      if (name.includes('reference')) reference = { name, value: median };
      else
        figures.push({ name: `${name} (${(bytes / 1024).toFixed(0)} KiB)`, value: median, unit: 'ms', reference, goal: { max: GOAL_MS } });
    }
    return {
      scenario: 'export',
      description: `the compact with ${pending.length} pending proposals and ${threads.length} threads the EU may read, exported to Word; median of ${SAMPLES} after one warm-up`,
      figures,
    };
  } finally {
    await server.stop();
  }
}
