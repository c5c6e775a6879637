/**
 * The final-reading compact (200 paragraphs, 2,000 proposals, 5,000 comments, 50,000 updates of history, built from
 * outside by `fixtures/big-compact.ts`): what tabling costs at the end of the pile against the start, how long a
 * delegate's page takes to open cold (after a restart) and warm, on the server and in Chromium, what an open
 * document and an idle connection cost in memory, what the server holds idle, and the longest stall of the server's
 * event loop seen from outside while all that runs.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import type { Figure, ScenarioResult } from '../report.ts';
import { report } from '../report.ts';
import { BIG_COMPACT, bigCompactDataDir, describe, FINAL_READING } from '../fixtures/big-compact.ts';
import { rssMb } from '../targets.ts';
import { ApiClient } from '../../test/support/api-client.ts';
import { launchBrowser, signIn } from '../../test/support/browser.ts';
import { DEMO_EMAILS } from '../../test/support/demo-accounts.ts';
import { interleavedMedians } from '../../test/support/request-cost.ts';
import { startServerProcess, temporaryDataDir, type ServerProcess, UNMETERED_LIMITS } from '../../test/support/server-process.ts';
import { connectSyncClient, type SyncClient } from '../../test/support/sync-client.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const SAMPLES = 30;
const WARMUP = 5;
const IDLE_CONNECTIONS = 200;

interface Paragraph {
  pid: string;
  number: string | null;
  text: string;
}

/** A small document the probe keeps a socket open on, so that its own socket never loads the compact. */
const PROBE_DOCUMENT = 'gcm-brief-1';

interface ProbeResult {
  /** The longest wait of a WebSocket ping: the server's event-loop stall. */
  stallMs: number;
  /** The longest wait of a cheap request, its turn behind the requests before it included. */
  requestWaitMs: number;
}

/** Probes the server every few milliseconds from a process of its own (`probes/stall-probe.mjs`). */
async function stallProbe(server: ServerProcess) {
  const api = await ApiClient.login(server.url, DEMO_EMAILS.secretariat);
  const syncUrl = `${server.url.replace(/^http/, 'ws')}/sync/${PROBE_DOCUMENT}`;
  const child = spawn(
    process.execPath,
    [path.join(here, '../probes/stall-probe.mjs'), `${server.url}/api/config`, syncUrl, api.cookie, server.origin],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    async stop(): Promise<ProbeResult> {
      child.stdin.end();
      await exited;
      return JSON.parse(output) as ProbeResult;
    },
  };
}

/** The REST payloads a delegate's page loads on opening the document, as Chromium requested them. */
async function pageRequests(browser: Browser, server: ServerProcess, expected: Shown): Promise<string[]> {
  const { context, page } = await signIn(browser, server.url, DEMO_EMAILS.canada);
  const urls = new Set<string>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/') && request.method() === 'GET' && !url.pathname.endsWith('/events'))
      urls.add(url.pathname + url.search);
  });
  await openFullyRendered(page, expected);
  await context.close();
  return [...urls];
}

interface Shown {
  /** Every paragraph and every tracked change in the text, the editor editable. */
  pending: number;
  /** Every proposal's card in the side panel, which renders after the text. */
  cards: number;
}

/** Opens the compact and times it until the text shows everything, then until the proposals panel does. */
async function openFullyRendered(page: import('playwright-core').Page, expected: Shown): Promise<{ textMs: number; panelMs: number }> {
  const start = performance.now();
  await page.goto(`/documents/${BIG_COMPACT}`);
  await page.getByTestId('connection-status').and(page.locator('[data-state="connected"]')).waitFor({ timeout: 60_000 });
  await page.waitForFunction(
    ({ paragraphs, changes }) => {
      const editor = document.querySelector('[data-testid="editor"] .ProseMirror[contenteditable]');
      const rendered = document.querySelectorAll('[data-testid="editor"] [data-pid]').length;
      const tracked = new Set(
        [...document.querySelectorAll('[data-testid="tracked-change"]')].map((e) => e.getAttribute('data-proposal-id')),
      );
      return editor !== null && rendered >= paragraphs && tracked.size >= changes;
    },
    { paragraphs: FINAL_READING.paragraphs, changes: expected.pending },
    { timeout: 60_000, polling: 20 },
  );
  const textMs = performance.now() - start;
  await page.waitForFunction(
    (cards) => document.querySelectorAll('[data-testid="proposal-panel"] [data-testid="proposal-card"]').length >= cards,
    expected.cards,
    { timeout: 60_000, polling: 20 },
  );
  return { textMs, panelMs: performance.now() - start };
}

/** A delegate's REST payloads and the first sync of a stock y-websocket client: time and bytes. */
async function openThroughApi(server: ServerProcess, urls: readonly string[]): Promise<{ ms: number; bytes: number }> {
  // Signing in is not part of opening a document: a delegate is signed in already.
  const api = await ApiClient.login(server.url, DEMO_EMAILS.canada);
  const start = performance.now();
  let bytes = 0;
  const took: Array<[string, number, number]> = [];
  const sync = connectSyncClient(server.url, BIG_COMPACT, api.cookie);
  await Promise.all([
    ...urls.map(async (url) => {
      const response = await api.get(url);
      const size = (await response.arrayBuffer()).byteLength;
      bytes += size;
      took.push([url, performance.now() - start, size]);
    }),
    sync.synced.then(() => void took.push(['first sync', performance.now() - start, 0])),
  ]);
  const ms = performance.now() - start;
  sync.destroy();
  // Where the time goes: when each answer had arrived, the last ones first.
  const last = took.sort((a, b) => b[1] - a[1]).slice(0, 5);
  console.log(`  open: ${last.map(([url, at, size]) => `${url} at ${at.toFixed(0)} ms (${(size / 1024).toFixed(0)} KB)`).join('; ')}`);
  return { ms, bytes };
}

async function restart(server: ServerProcess): Promise<ServerProcess> {
  await server.stop('SIGTERM');
  return startServerProcess({ dataDir: server.dataDir, env: UNMETERED_LIMITS });
}

async function tablingAtStartAndEnd(big: ServerProcess, fresh: ServerProcess): Promise<[number, number]> {
  const subjects = await Promise.all(
    [fresh, big].map(async (server) => {
      const eu = await ApiClient.login(server.url, DEMO_EMAILS.eu);
      const { paragraphs } = await eu.json<{ paragraphs: Paragraph[] }>('GET', `/api/documents/${BIG_COMPACT}`);
      return { eu, target: paragraphs.find((p) => p.number === 'OP3')! };
    }),
  );
  const [start = NaN, end = NaN] = await interleavedMedians(
    subjects,
    async ({ eu, target }, i) => {
      const response = await eu.post(`/api/documents/${BIG_COMPACT}/proposals`, {
        pid: target.pid,
        kind: 'amend',
        text: `${target.text} (measured ${i})`,
        justification: 'Measured tabling.',
      });
      if (response.status !== 201) throw new Error(`Tabling failed: ${response.status} ${await response.text()}`);
      await response.arrayBuffer();
    },
    { warmup: WARMUP, samples: SAMPLES },
  );
  return [start, end];
}

async function idleMemory(env: Record<string, string>): Promise<{ atStart: number; after10s: number }> {
  const server = await startServerProcess({ dataDir: temporaryDataDir(), env });
  try {
    const atStart = rssMb(server.child.pid!);
    await new Promise((r) => setTimeout(r, 10_000));
    return { atStart, after10s: rssMb(server.child.pid!) };
  } finally {
    await server.stop('SIGTERM');
  }
}

export default async function run(): Promise<ScenarioResult> {
  const figures: Figure[] = [];
  const dataDir = await bigCompactDataDir();
  const browser = await launchBrowser();
  let big = await startServerProcess({ dataDir, env: UNMETERED_LIMITS });
  const fresh = await startServerProcess({ env: UNMETERED_LIMITS });
  try {
    const probe = await stallProbe(big);

    const [atStart, atEnd] = await tablingAtStartAndEnd(big, fresh);
    figures.push({
      name: `table a proposal with ${FINAL_READING.proposals} proposals and the history`,
      value: atEnd,
      unit: 'ms',
      reference: { name: 'at the start', value: atStart },
      goal: { ratio: 1.5 },
    });

    const proposals = await (
      await ApiClient.login(big.url, DEMO_EMAILS.canada)
    ).json<{ status: string }[]>('GET', `/api/documents/${BIG_COMPACT}/proposals`);
    const shown: Shown = { pending: proposals.filter((p) => p.status === 'tabled').length, cards: proposals.length };
    // Every payload of a page that shows all of them: the lists' last pages included.
    const urls = await pageRequests(browser, big, shown);
    const stallBeforeRestart = await probe.stop();

    big = await restart(big);
    const restartedProbe = await stallProbe(big);
    const cold = await openThroughApi(big, urls);
    const warm = await openThroughApi(big, urls);
    const stallOnOpen = await restartedProbe.stop();
    figures.push({
      name: `cold open after a restart: ${urls.length} REST payloads and the first sync`,
      value: cold.ms,
      unit: 'ms',
      goal: { max: 300 },
    });
    figures.push({ name: 'the same, warm', value: warm.ms, unit: 'ms' });
    figures.push({ name: 'bytes a delegate loads on open', value: cold.bytes / 1024, unit: 'KB' });

    big = await restart(big);
    const { context, page } = await signIn(browser, big.url, DEMO_EMAILS.canada);
    const chromiumCold = await openFullyRendered(page, shown);
    const chromiumWarm = await openFullyRendered(page, shown);
    await context.close();
    figures.push({
      name: `Chromium, cold: editable, ${FINAL_READING.paragraphs} paragraphs and ${shown.pending} tracked changes rendered`,
      value: chromiumCold.textMs,
      unit: 'ms',
      goal: { max: 2000 },
    });
    figures.push({ name: 'Chromium, warm', value: chromiumWarm.textMs, unit: 'ms' });
    figures.push({ name: `Chromium, cold: the proposals panel with its ${shown.cards} cards`, value: chromiumCold.panelMs, unit: 'ms' });
    figures.push({ name: 'Chromium, warm: the panel', value: chromiumWarm.panelMs, unit: 'ms' });

    big = await restart(big);
    const connectingProbe = await stallProbe(big);
    const pid = big.child.pid!;
    const before = rssMb(pid);
    const api = await ApiClient.login(big.url, DEMO_EMAILS.canada);
    const first = connectSyncClient(big.url, BIG_COMPACT, api.cookie);
    await first.synced;
    await new Promise((r) => setTimeout(r, 1000));
    const opened = rssMb(pid);
    const idle: SyncClient[] = [];
    for (let i = 0; i < IDLE_CONNECTIONS; i++) idle.push(connectSyncClient(big.url, BIG_COMPACT, api.cookie));
    await Promise.all(idle.map((c) => c.synced));
    await new Promise((r) => setTimeout(r, 1000));
    const connected = rssMb(pid);
    for (const client of [first, ...idle]) client.destroy();
    figures.push({ name: 'memory of the open compact (its room)', value: opened - before, unit: 'MB' });
    figures.push({ name: 'memory per idle connection', value: ((connected - opened) * 1024) / IDLE_CONNECTIONS, unit: 'KB' });
    const stallOnConnecting = await connectingProbe.stop();
    const moments: Array<[string, ProbeResult]> = [
      ['tabling and the page loading', stallBeforeRestart],
      ['cold and warm open after a restart', stallOnOpen],
      [`${IDLE_CONNECTIONS} clients connecting at once`, stallOnConnecting],
    ];
    for (const [moment, probed] of moments)
      figures.push({ name: `longest event-loop stall (a socket's ping), ${moment}`, value: probed.stallMs, unit: 'ms' });
    for (const [moment, probed] of moments)
      figures.push({ name: `longest wait of a cheap request, ${moment}`, value: probed.requestWaitMs, unit: 'ms' });
  } finally {
    await browser.close();
    await Promise.all([big.stop('SIGTERM'), fresh.stop('SIGTERM')]);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }

  const demo = await idleMemory({});
  const production = await idleMemory({ NODE_ENV: 'production' });
  figures.push({ name: 'idle server with the demo, 10 s after start', value: demo.after10s, unit: 'MB', goal: { max: 100 } });
  figures.push({ name: 'idle production server (no demo), 10 s after start', value: production.after10s, unit: 'MB', goal: { max: 100 } });

  return {
    scenario: 'size',
    description: `the final-reading compact: ${describe(FINAL_READING)}; server and clients share the machine`,
    figures,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) report(await run());
