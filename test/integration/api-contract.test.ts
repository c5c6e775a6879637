import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as api from '@plenary/shared/api/index';
import { ApiClient } from '../support/api-client.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { COMPACT, loginAll, paragraph, table, type Who } from './proposals-fixtures.ts';

let server: ServerProcess;
let as: Record<Who, ApiClient>;

beforeAll(async () => {
  server = await startServerProcess();
  as = await loginAll(server);
});
afterAll(() => server?.stop());

interface Schema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: unknown[] } };
}

/** The answer's body, which must parse as the schema says: a presenter that drifts from it fails here. */
async function expectShape<T>(response: Response, status: number, schema: Schema<T>): Promise<T> {
  const body: unknown = await response.json();
  expect(response.status, JSON.stringify(body)).toBe(status);
  const parsed = schema.safeParse(body);
  if (!parsed.success) expect(parsed.error.issues, 'answer does not match its schema').toEqual([]);
  return (parsed as { data: T }).data;
}

describe('answers match the response schemas of shared/src/api', () => {
  it('me, login and config', async () => {
    for (const who of Object.keys(as) as Who[]) {
      await expectShape(await as[who].get('/api/me'), 200, api.participantMeResponse);
    }
    const login = await new ApiClient(server.url).post('/api/auth/login', { email: 'observer@demo.test', password: 'demo' });
    await expectShape(login, 200, api.loginResponse);
    await expectShape(await as.eu.get('/api/auth/session'), 200, api.sessionResponse);
    await expectShape(await new ApiClient(server.url).get('/api/auth/session'), 200, api.sessionResponse);
    await expectShape(await as.observer.get('/api/config'), 200, api.configResponse);
  });

  it('documents, one document with its paragraphs, and who wrote a paragraph', async () => {
    const list = await expectShape(await as.eu.get('/api/documents'), 200, api.documentSummaryResponse.array());
    expect(list.map((d) => d.kind)).toEqual(expect.arrayContaining(['compact', 'brief']));
    for (const doc of list) await expectShape(await as.eu.get(`/api/documents/${doc.id}`), 200, api.documentDetailResponse);
    const detail = await expectShape(await as.cofacilitator.get(`/api/documents/${COMPACT}`), 200, api.documentDetailResponse);
    expect(detail.paragraphs.length).toBeGreaterThan(10);
    const op1 = await paragraph(as.eu, 'OP1');
    const runs = await expectShape(
      await as.eu.get(`/api/documents/${COMPACT}/paragraphs/${op1.pid}/attribution`),
      200,
      api.attributedRunResponse.array(),
    );
    expect(runs.map((r) => r.text).join('')).toBe(op1.text);
  });

  it('a tabled proposal, supported, and one accepted, as each viewer sees them', async () => {
    const op2 = await paragraph(as.eu, 'OP2');
    const tabled = await table(as.eu, {
      pid: op2.pid,
      kind: 'amend',
      text: `${op2.text} Contract check.`,
      justification: 'Schema',
      cosponsors: ['CAN'],
    });
    expect(api.proposalResponse.safeParse(tabled).error?.issues ?? []).toEqual([]);
    await expectShape(await as.g77.post(`/api/proposals/${tabled.id}/support`, { reason: 'Agreed' }), 200, api.proposalResponse);
    for (const who of ['observer', 'eu', 'canada', 'cofacilitator'] as Who[]) {
      await expectShape(await as[who].get(`/api/proposals/${tabled.id}`), 200, api.proposalResponse);
      await expectShape(await as[who].get(`/api/documents/${COMPACT}/proposals`), 200, api.proposalResponse.array());
    }
    const accepted = await expectShape(await as.cofacilitator.post(`/api/proposals/${tabled.id}/accept`, {}), 200, api.proposalResponse);
    expect(accepted.decision?.status).toBe('accepted');
    const runs = await expectShape(
      await as.eu.get(`/api/documents/${COMPACT}/paragraphs/${op2.pid}/attribution`),
      200,
      api.attributedRunResponse.array(),
    );
    expect(runs.some((r) => r.proposalId === tabled.id && r.acceptedBy)).toBe(true);
  });

  it('a thread with a reply, the thread list, notifications and stakeholders', async () => {
    const op3 = await paragraph(as.eu, 'OP3');
    const thread = await expectShape(
      await as.canada.post(`/api/documents/${COMPACT}/threads`, { pid: op3.pid, visibility: 'all', body: 'A question for @EU' }),
      201,
      api.threadResponse,
    );
    await expectShape(await as.eu.post(`/api/threads/${thread.id}/messages`, { body: 'An answer' }), 201, api.threadMessageResponse);
    await expectShape(await as.eu.get(`/api/threads/${thread.id}`), 200, api.threadResponse);
    await expectShape(await as.cofacilitator.post(`/api/threads/${thread.id}/resolve`), 200, api.threadResponse);
    await expectShape(await as.observer.get(`/api/documents/${COMPACT}/threads`), 200, api.threadResponse.array());
    const notifications = await expectShape(await as.eu.get('/api/notifications'), 200, api.notificationListResponse);
    expect(notifications.items.length).toBeGreaterThan(0);
    await expectShape(await as.eu.post('/api/notifications/read', {}), 200, api.notificationsReadResponse);
    await expectShape(await as.eu.get('/api/stakeholders?q=eu'), 200, api.mentionCandidateResponse.array());
    await expectShape(await as.eu.get('/api/stakeholders/all'), 200, api.stakeholderResponse.array());
  });

  it('refusals carry the error body', async () => {
    await expectShape(await as.eu.get('/api/proposals/no-such-proposal'), 404, api.errorResponse);
    await expectShape(await as.eu.post(`/api/documents/${COMPACT}/proposals`, { kind: 'amend' }), 400, api.errorResponse);
    await expectShape(await new ApiClient(server.url).get('/api/me'), 401, api.errorResponse);
  });
});
