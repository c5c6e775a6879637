import { afterAll, afterEach, assert, beforeAll, describe, expect, it } from 'vitest';
import { LIVE_EVENTS_VERSION } from '@plenary/shared/protocol/index';
import type { ApiClient } from '../support/api-client.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { eventually } from '../support/sync-client.ts';
import { COMPACT, loginAll, openEventStream, paragraph, table, type LiveEvent, type Who } from './proposals-fixtures.ts';

let server: ServerProcess;
let as: Record<Who, ApiClient>;
const streams: { close(): void }[] = [];

beforeAll(async () => {
  server = await startServerProcess();
  as = await loginAll(server);
});
afterEach(() => {
  for (const stream of streams.splice(0)) stream.close();
});
afterAll(() => server?.stop());

async function listen(who: Who) {
  const stream = await openEventStream(server, as[who]);
  streams.push(stream);
  return stream;
}

const ofType = (events: LiveEvent[], type: string) => events.filter((e) => e.type === type);

describe('live proposal events on /api/events', () => {
  it('opens each stream with a ready message naming the version of the events', async () => {
    const stream = await listen('observer');
    expect(stream.ready).toEqual({ type: 'ready', name: 'ready', data: { version: LIVE_EVENTS_VERSION } });
  });

  it('tells every reader within a second that a proposal was tabled, with ids only', async () => {
    const observer = await listen('observer');
    const canada = await listen('canada');
    const cofacilitator = await listen('cofacilitator');
    const op3 = await paragraph(as.observer, 'OP3');

    const tabledAt = Date.now();
    const proposal = await table(as.eu, { pid: op3.pid, kind: 'amend', text: op3.text.replace('should', 'shall') });
    for (const stream of [observer, canada, cofacilitator]) {
      await eventually(() => expect(ofType(stream.events, 'proposal.changed')).toHaveLength(1), 1000);
      const [event] = ofType(stream.events, 'proposal.changed');
      assert(event, 'a proposal.changed event');
      expect(event).toMatchObject({ documentId: COMPACT, data: { proposalId: proposal.id, pid: op3.pid } });
      expect(Object.keys(event.data).sort()).toEqual(['pid', 'proposalId']);
      expect(event.name).toBe('proposal.changed');
      expect(event.receivedAt - tabledAt).toBeLessThan(1000);
    }
  });

  it('announces positions and decisions live, and the refetched proposal names who took them', async () => {
    const observer = await listen('observer');
    const op5 = await paragraph(as.observer, 'OP5');
    const proposal = await table(as.g77, { pid: op5.pid, kind: 'amend', text: op5.text.replace('We reaffirm', 'We firmly reaffirm') });
    await as.canada.json('POST', `/api/proposals/${proposal.id}/support`, {});
    await as.eu.json('POST', `/api/proposals/${proposal.id}/oppose`, { reason: 'Prefer the original' });
    await eventually(() => expect(ofType(observer.events, 'proposal.changed')).toHaveLength(3), 1000);
    const seen = await as.observer.json('GET', `/api/proposals/${proposal.id}`);
    expect(seen.supporters.map((s: any) => s.stakeholder.name)).toEqual(['Canada']);
    expect(seen.opposers.map((s: any) => [s.stakeholder.shortName, s.reason])).toEqual([['EU', 'Prefer the original']]);

    await as.canada.json('DELETE', `/api/proposals/${proposal.id}/position`);
    await eventually(() => expect(ofType(observer.events, 'proposal.changed')).toHaveLength(4), 1000);
    expect((await as.observer.json('GET', `/api/proposals/${proposal.id}`)).counts).toEqual({ cosponsors: 0, supporters: 0, opposers: 1 });

    await as.cofacilitator.json('POST', `/api/proposals/${proposal.id}/reject`, { reason: 'No consensus' });
    await eventually(() => expect(ofType(observer.events, 'proposal.changed')).toHaveLength(5), 1000);
    expect((await as.observer.json('GET', `/api/proposals/${proposal.id}`)).status).toBe('rejected');
  });

  it('notifies invited co-sponsors and authors of decisions, and nobody else', async () => {
    const canada = await listen('canada');
    const g77 = await listen('g77');
    const observer = await listen('observer');
    const op1 = await paragraph(as.observer, 'OP1');
    const proposal = await table(as.g77, { pid: op1.pid, kind: 'amend', text: `${op1.text} Jointly.`, cosponsors: ['CAN'] });
    await eventually(() => expect(ofType(canada.events, 'notification.created')).toHaveLength(1), 1000);
    const [invitation] = ofType(canada.events, 'notification.created');
    assert(invitation, 'a notification.created event');
    expect(invitation.data).toMatchObject({ kind: 'cosponsor-invitation' });
    expect(Object.keys(invitation.data).sort()).toEqual(['kind', 'notificationId']);
    expect(invitation.name).toBe('notification.created');

    await as.cofacilitator.json('POST', `/api/proposals/${proposal.id}/accept`, { overObjections: true });
    await eventually(() => expect(ofType(g77.events, 'notification.created')).toHaveLength(1), 1000);
    expect(ofType(g77.events, 'notification.created')[0]?.data).toMatchObject({ kind: 'proposal-decision' });
    await eventually(() => expect(ofType(observer.events, 'proposal.changed')).toHaveLength(2), 1000);
    expect(ofType(observer.events, 'notification.created')).toHaveLength(0);
    expect(ofType(canada.events, 'notification.created')).toHaveLength(1);
  });
});
