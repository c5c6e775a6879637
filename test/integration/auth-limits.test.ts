import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { DEMO_EMAILS } from '../support/demo-accounts.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';

/** The first account lock in these servers (LOGIN_LOCK_BASE_MS): long enough to observe, short enough to wait out. */
const LOCK_MS = 3000;
const FREE_FAILURES = 5;
const ADDRESS_BUDGET = 100;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function signIn(server: ServerProcess, email: string, password: string, headers: Record<string, string> = {}) {
  return new ApiClient(server.url).post('/api/auth/login', { email, password }, headers);
}

async function statusesOf(responses: Promise<Response>[]): Promise<number[]> {
  return (await Promise.all(responses)).map((response) => response.status);
}

const count = (statuses: number[], status: number) => statuses.filter((s) => s === status).length;

async function expectRateLimited(response: Response): Promise<number> {
  expect(response.status).toBe(429);
  expect(((await response.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
  const retryAfter = response.headers.get('retry-after');
  expect(retryAfter).toMatch(/^[1-9]\d*$/);
  return Number(retryAfter);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

describe('per-account lock', () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServerProcess({ env: { LOGIN_LOCK_BASE_MS: String(LOCK_MS) } });
  });
  afterAll(() => server?.stop());

  it('lets no more than the free failures of a parallel burst reach the password check, then refuses even the right password until the lock ends', async () => {
    const statuses = await statusesOf(Array.from({ length: 40 }, (_, i) => signIn(server, DEMO_EMAILS.iom, `wrong-${i}`)));
    expect(count(statuses, 401)).toBeGreaterThan(0);
    expect(count(statuses, 401)).toBeLessThanOrEqual(FREE_FAILURES);
    expect(count(statuses, 429)).toBe(40 - count(statuses, 401));

    const retryAfter = await expectRateLimited(await signIn(server, DEMO_EMAILS.iom, 'demo'));
    expect(retryAfter).toBeLessThanOrEqual(LOCK_MS / 1000);
    await sleep(retryAfter * 1000);
    expect((await signIn(server, DEMO_EMAILS.iom, 'demo')).status).toBe(200);
  });

  it('starts counting afresh after a successful sign-in', async () => {
    for (let i = 0; i < FREE_FAILURES; i++) expect((await signIn(server, DEMO_EMAILS.iom, `again-${i}`)).status).toBe(401);
    await expectRateLimited(await signIn(server, DEMO_EMAILS.iom, 'demo'));
  });

  it('does not lock another account signing in from the same address', async () => {
    expect((await signIn(server, DEMO_EMAILS.canada, 'wrong')).status).toBe(401);
    const canada = await signIn(server, DEMO_EMAILS.canada, 'demo');
    expect(canada.status).toBe(200);
    expect(canada.headers.get('set-cookie')).toMatch(/^plenary_session=/);
  });

  it('locks an unknown email exactly like an account that exists, so a lock reveals nothing', async () => {
    const statuses = await statusesOf(Array.from({ length: 40 }, (_, i) => signIn(server, 'nobody@demo.test', `wrong-${i}`)));
    expect(count(statuses, 401)).toBeGreaterThan(0);
    expect(count(statuses, 401)).toBeLessThanOrEqual(FREE_FAILURES);
    expect(count(statuses, 429)).toBe(40 - count(statuses, 401));
  });

  it('doubles the lock with each failure after it ends', async () => {
    for (let i = 0; i < FREE_FAILURES; i++) expect((await signIn(server, DEMO_EMAILS.ohchr, `wrong-${i}`)).status).toBe(401);
    const first = await expectRateLimited(await signIn(server, DEMO_EMAILS.ohchr, 'demo'));
    await sleep(first * 1000);
    expect((await signIn(server, DEMO_EMAILS.ohchr, 'wrong-again')).status).toBe(401);
    const second = await expectRateLimited(await signIn(server, DEMO_EMAILS.ohchr, 'demo'));
    expect(second).toBeGreaterThan(first);
    expect(second).toBeLessThanOrEqual((2 * LOCK_MS) / 1000);
  });

  it('takes about as long to refuse an unknown email as a wrong password for a real account', async () => {
    // Spread over several accounts so that none of them reaches its lock.
    const known = [DEMO_EMAILS.cofacilitator2, DEMO_EMAILS.secretariat, DEMO_EMAILS.observer];
    const knownMs: number[] = [];
    const unknownMs: number[] = [];
    const timed = async (email: string, into: number[]) => {
      const started = performance.now();
      const response = await signIn(server, email, 'not-the-password');
      into.push(performance.now() - started);
      expect(response.status).toBe(401);
    };
    for (let i = 0; i < 10; i++) {
      await timed(known[i % known.length]!, knownMs);
      await timed(`stranger${i}@demo.test`, unknownMs);
    }
    expect(median(unknownMs)).toBeGreaterThanOrEqual(0.5 * median(knownMs));
    expect(median(knownMs)).toBeGreaterThanOrEqual(0.5 * median(unknownMs));
  });
});

describe('per-address limit without a trusted proxy', () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServerProcess();
  });
  afterAll(() => server?.stop());

  it('counts every failure from the socket address, whatever X-Forwarded-For claims', async () => {
    const statuses = await statusesOf(
      Array.from({ length: ADDRESS_BUDGET + 10 }, (_, i) =>
        signIn(server, `guess${i}@demo.test`, 'wrong', { 'x-forwarded-for': `198.51.100.${i % 250}` }),
      ),
    );
    expect(count(statuses, 401)).toBe(ADDRESS_BUDGET);
    expect(count(statuses, 429)).toBe(10);
    await expectRateLimited(
      await signIn(server, DEMO_EMAILS.eu, 'demo', { 'x-forwarded-for': '203.0.113.77', 'x-real-ip': '203.0.113.78' }),
    );
  });
});

describe('per-address limit behind a trusted proxy (TRUST_PROXY)', () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServerProcess({ env: { TRUST_PROXY: 'true' } });
  });
  afterAll(() => server?.stop());

  it('counts each forwarded address separately, by the entry the proxy itself wrote', async () => {
    const statuses = await statusesOf(
      Array.from({ length: ADDRESS_BUDGET + 10 }, (_, i) =>
        signIn(server, `guess${i}@demo.test`, 'wrong', { 'x-forwarded-for': `10.9.9.${i % 250}, 203.0.113.1` }),
      ),
    );
    expect(count(statuses, 401)).toBe(ADDRESS_BUDGET);
    expect(count(statuses, 429)).toBe(10);

    await expectRateLimited(await signIn(server, DEMO_EMAILS.eu, 'demo', { 'x-forwarded-for': '203.0.113.1' }));
    await expectRateLimited(await signIn(server, DEMO_EMAILS.eu, 'demo', { 'x-forwarded-for': '203.0.113.2, 203.0.113.1' }));
    expect((await signIn(server, DEMO_EMAILS.eu, 'demo', { 'x-forwarded-for': '203.0.113.2' })).status).toBe(200);
    expect((await signIn(server, DEMO_EMAILS.g77, 'demo')).status).toBe(200);
  });
});
