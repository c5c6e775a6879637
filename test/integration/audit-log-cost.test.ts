import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditLogResponse } from '@plenary/shared/api/index';
import { ApiClient } from '../support/api-client.ts';
import { DEMO_EMAILS } from '../support/demo-accounts.ts';
import { openServerDatabase } from '../support/server-database.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';

const COMPACT = 'gcm-compact';
const ROWS = 100_000;
const PIDS = 400;
/**
 * Far above what an index read takes here (tens of milliseconds on a busy machine), far below what reading every
 * row of the log once per stakeholder took (seconds at this size).
 */
const LIMIT_MS = 1_500;

let server: ServerProcess;
let cofacilitator: ApiClient;

/** A long log on the compact, written into the database between a first start (which migrates it) and a second. */
function seedLongLog(dataDir: string): void {
  const db = openServerDatabase(dataDir, { readonly: false });
  try {
    const actors = db
      .prepare("SELECT user_id AS userId, stakeholder_id AS stakeholderId, role FROM memberships WHERE role = 'delegate' ORDER BY user_id")
      .all() as { userId: string; stakeholderId: string; role: string }[];
    const insert = db.prepare(
      `INSERT INTO audit_log (created_at, user_id, stakeholder_id, role, document_id, action, target, details)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const actions = ['proposal.table', 'proposal.support', 'proposal.oppose', 'thread.reply'];
    db.transaction(() => {
      for (let i = 0; i < ROWS; i++) {
        const actor = actors[i % actors.length]!;
        const details = JSON.stringify({ pid: `seeded${i % PIDS}`, forStakeholderId: actor.stakeholderId });
        insert.run(
          '2026-01-01T00:00:00.000Z',
          actor.userId,
          actor.stakeholderId,
          actor.role,
          COMPACT,
          actions[i % actions.length],
          `t${i}`,
          details,
        );
      }
    })();
  } finally {
    db.close();
  }
}

async function timed(query: string): Promise<{ ms: number; log: AuditLogResponse }> {
  const started = performance.now();
  const log = await cofacilitator.json<AuditLogResponse>('GET', `/api/documents/${COMPACT}/audit${query}`);
  return { ms: performance.now() - started, log };
}

/** The fastest of a few tries: other work on a small machine slows some requests, an unindexed read slows all. */
async function fastest(query: string): Promise<{ ms: number; log: AuditLogResponse }> {
  let best = await timed(query);
  for (let i = 0; i < 3; i++) {
    const next = await timed(query);
    if (next.ms < best.ms) best = next;
  }
  return best;
}

beforeAll(async () => {
  const first = await startServerProcess();
  await first.stop();
  seedLongLog(first.dataDir);
  server = await startServerProcess({ dataDir: first.dataDir });
  cofacilitator = await ApiClient.login(server.url, DEMO_EMAILS.cofacilitator);
  // Threads the co-facilitators may not read: every request also leaves their rows out.
  const eu = await ApiClient.login(server.url, DEMO_EMAILS.eu);
  const pid = (await eu.json('GET', `/api/documents/${COMPACT}`)).paragraphs.find((p: { number: string }) => p.number === 'OP3').pid;
  for (let i = 0; i < 20; i++)
    await eu.json('POST', `/api/documents/${COMPACT}/threads`, { pid, visibility: 'delegation', body: `Internal ${i}.` });
});
afterAll(() => server?.stop());

describe(`the audit log of a document with ${ROWS.toLocaleString('en')} entries`, () => {
  it.each([
    ['the first page', ''],
    ['a page deep in the log', `?before=${ROWS / 2}`],
    ['a paragraph with few entries', `?pid=seeded7`],
    ['a paragraph with none', '?pid=nowhere'],
    ['a stakeholder with none', '?stakeholder=FRA'],
    ['a person with none', '?user=nobody'],
  ])('reads %s, with its filter options, through indexes', async (_what, query) => {
    const { ms, log } = await fastest(query);
    expect(ms, `${query || 'no filter'}: ${ms.toFixed(0)} ms`).toBeLessThan(LIMIT_MS);
    expect(log.filters.users.length).toBeGreaterThan(1);
    expect(log.filters.stakeholders.length).toBeGreaterThan(1);
    expect(log.filters.actions.map((a) => a.action)).toEqual(expect.arrayContaining(['proposal.table', 'thread.reply']));
  });

  it('finds every entry of a paragraph, page after page', async () => {
    let before: number | null = null;
    let count = 0;
    do {
      const page: AuditLogResponse = (await timed(`?pid=seeded7&limit=100${before === null ? '' : `&before=${before}`}`)).log;
      expect(page.entries.every((e) => e.pid === 'seeded7')).toBe(true);
      count += page.entries.length;
      before = page.nextCursor;
    } while (before !== null);
    expect(count).toBe(ROWS / PIDS);
  });
});
