import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { expectError, listProposals, loginAll, paragraph, table, type Who, createOtherProcessCompact } from './proposals-fixtures.ts';

let server: ServerProcess;
let as: Record<Who, ApiClient>;
let op5: string;

beforeAll(async () => {
  server = await startServerProcess();
  as = await loginAll(server);
  op5 = (await paragraph(as.observer, 'OP5')).pid;
});
afterAll(() => server?.stop());

const amendOp5 = (text = 'We reaffirm the sovereign right of States to determine their migration policy.') => ({
  pid: op5,
  kind: 'amend',
  text,
  justification: 'Shorter.',
});

describe('who may table', () => {
  it('refuses an observer and an agency on the compact', async () => {
    await expectError(await as.observer.post('/api/documents/gcm-compact/proposals', amendOp5()), 403, 'forbidden');
    await expectError(await as.iom.post('/api/documents/gcm-compact/proposals', amendOp5()), 403, 'forbidden');
  });

  it('refuses a lead agency tabling on its own brief, where it holds the pen, and stores nothing', async () => {
    const first = await paragraph(as.secretariat, '¶1', 'gcm-brief-3');
    const before = await listProposals(as.secretariat, 'gcm-brief-3');
    const body = { pid: first.pid, kind: 'amend', text: `${first.text} Lead's own words.`, justification: 'Clearer.' };
    await expectError(await as.iom.post('/api/documents/gcm-brief-3/proposals', body), 403, 'forbidden');
    expect(await listProposals(as.secretariat, 'gcm-brief-3')).toEqual(before);
    // On a brief it does not lead, the same agency lead tables like any other agency.
    const other = await paragraph(as.secretariat, '¶1', 'gcm-brief-1');
    await table(as.iom, { ...body, pid: other.pid, text: `${other.text} A partner's words.` }, 'gcm-brief-1');
  });

  it('refuses tabling on a document of another process', async () => {
    createOtherProcessCompact(server);
    const error = await expectError(await as.eu.post('/api/documents/other-compact/proposals', amendOp5()), 403, 'forbidden');
    expect(error.message).toMatch(/not a participant/);
  });

  it('refuses a pid that is not a paragraph of this document, and headings', async () => {
    const briefParagraph = (await as.secretariat.json('GET', '/api/documents/gcm-brief-1')).paragraphs.find((p: any) => p.number === '¶1');
    await expectError(
      await as.eu.post('/api/documents/gcm-compact/proposals', { ...amendOp5(), pid: briefParagraph.pid }),
      404,
      'not_found',
    );
    await expectError(await as.eu.post('/api/documents/gcm-compact/proposals', { ...amendOp5(), pid: 'nope' }), 404, 'not_found');
    const heading = (await as.observer.json('GET', '/api/documents/gcm-compact')).paragraphs.find((p: any) => p.type === 'sectionHeading');
    await expectError(await as.eu.post('/api/documents/gcm-compact/proposals', { ...amendOp5(), pid: heading.pid }), 400, 'bad_request');
  });

  it('refuses tabling on behalf of a group the delegate does not belong to, and allows it for a member', async () => {
    const error = await expectError(
      await as.canada.post('/api/documents/gcm-compact/proposals', { ...amendOp5(), onBehalfOf: 'group-eu' }),
      403,
      'forbidden',
    );
    expect(error.message).toMatch(/not a member/);
    await expectError(await as.canada.post('/api/documents/gcm-compact/proposals', { ...amendOp5(), onBehalfOf: 'group-nope' }), 403);

    const created = await as.secretariat.post('/api/admin/users', {
      email: 'delegate.france@demo.test',
      name: 'Jeanne Martin',
      password: 'a-long-password',
      stakeholderId: 'FRA',
      role: 'delegate',
    });
    expect(created.status).toBe(201);
    const france = await ApiClient.login(server.url, 'delegate.france@demo.test', 'a-long-password');
    const proposal = await table(france, { ...amendOp5(), onBehalfOf: 'group-eu' });
    expect(proposal.tabledBy).toMatchObject({ id: 'group-eu', shortName: 'EU' });
    expect(proposal.author).toEqual({ name: 'Jeanne Martin', stakeholder: 'France' });
    // The EU delegation is on the tabling side too: it may withdraw what was tabled in its name.
    expect((await as.eu.post(`/api/proposals/${proposal.id}/withdraw`)).status).toBe(200);
  });

  it('asks for a session and for the Origin header', async () => {
    await expectError(await new ApiClient(server.url).post('/api/documents/gcm-compact/proposals', amendOp5()), 401, 'unauthorized');
    await expectError(await as.eu.post('/api/documents/gcm-compact/proposals', amendOp5(), { origin: 'http://evil.test' }), 403, 'csrf');
  });
});

describe('malformed payloads', () => {
  const post = (body: unknown) => as.eu.post('/api/documents/gcm-compact/proposals', body);

  it('answers 400 with a clear message for each kind of bad input', async () => {
    await expectError(await post('{"pid": "x", "kind": '), 400, 'invalid_json');
    expect((await expectError(await post({ ...amendOp5(), kind: 'rewrite' }), 400, 'invalid_input')).message).toMatch(/kind/);
    expect((await expectError(await post({ pid: op5, kind: 'amend' }), 400, 'invalid_input')).message).toMatch(/text/);
    expect((await expectError(await post({ ...amendOp5(), text: '   \t ' }), 400, 'invalid_input')).message).toMatch(/whitespace/);
    const long = await expectError(await post({ ...amendOp5(), justification: 'x'.repeat(2001) }), 400, 'invalid_input');
    expect(long.message).toMatch(/justification/);
    await expectError(await post({ kind: 'delete' }), 400, 'invalid_input');
    await expectError(await post({ ...amendOp5(), cosponsors: 'CAN' }), 400, 'invalid_input');
    await expectError(await post({ ...amendOp5(), cosponsors: ['NOPE'] }), 400, 'unknown_stakeholder');
    await expectError(await post({ ...amendOp5(), cosponsors: ['group-eu'] }), 400, 'bad_request');
    const op5Text = (await paragraph(as.observer, 'OP5')).text;
    expect((await expectError(await post({ ...amendOp5(), text: op5Text }), 400, 'bad_request')).message).toMatch(/nothing to change/);
  });

  it('refuses a rejection without a reason and a multi-line position reason', async () => {
    const proposal = await table(as.eu, amendOp5());
    await expectError(await as.cofacilitator.post(`/api/proposals/${proposal.id}/reject`, {}), 400, 'invalid_input');
    await expectError(await as.cofacilitator.post(`/api/proposals/${proposal.id}/reject`, { reason: '  ' }), 400, 'invalid_input');
    await expectError(await as.canada.post(`/api/proposals/${proposal.id}/support`, { reason: 'one\ntwo' }), 400, 'invalid_input');
    await expectError(await as.canada.post(`/api/proposals/${proposal.id}/support`, '[1,'), 400, 'invalid_json');
  });
});

describe('who may decide, withdraw, take positions and co-sponsor', () => {
  it('refuses a delegate and an agency deciding; only a co-facilitator may', async () => {
    const proposal = await table(as.eu, amendOp5());
    await expectError(await as.canada.post(`/api/proposals/${proposal.id}/accept`), 403, 'forbidden');
    await expectError(await as.eu.post(`/api/proposals/${proposal.id}/accept`), 403, 'forbidden');
    await expectError(await as.iom.post(`/api/proposals/${proposal.id}/accept`), 403, 'forbidden');
    await expectError(await as.secretariat.post(`/api/proposals/${proposal.id}/reject`, { reason: 'No' }), 403, 'forbidden');
    await expectError(await as.observer.post(`/api/proposals/${proposal.id}/supersede`), 403, 'forbidden');
    const listed = (await as.observer.json('GET', '/api/documents/gcm-compact/proposals')).find((p: any) => p.id === proposal.id);
    expect(listed.status).toBe('tabled');
  });

  it("refuses a delegate withdrawing another delegation's proposal", async () => {
    const proposal = await table(as.eu, amendOp5());
    const error = await expectError(await as.g77.post(`/api/proposals/${proposal.id}/withdraw`), 403, 'forbidden');
    expect(error.message).toMatch(/tabled this proposal/);
    await expectError(await as.cofacilitator.post(`/api/proposals/${proposal.id}/withdraw`), 403, 'forbidden');
    const withdrawn = await as.eu.json('POST', `/api/proposals/${proposal.id}/withdraw`, {});
    expect(withdrawn.status).toBe('withdrawn');
  });

  it('refuses a delegation supporting or opposing its own proposal, and an observer taking a position', async () => {
    const proposal = await table(as.eu, amendOp5());
    expect((await expectError(await as.eu.post(`/api/proposals/${proposal.id}/support`), 403, 'forbidden')).message).toMatch(/tabled/);
    await expectError(await as.eu.post(`/api/proposals/${proposal.id}/oppose`), 403, 'forbidden');
    await expectError(await as.observer.post(`/api/proposals/${proposal.id}/support`), 403, 'forbidden');
    await expectError(await as.canada.request('DELETE', `/api/proposals/${proposal.id}/position`), 404, 'not_found');
  });

  it('refuses confirming a co-sponsorship for a stakeholder one is not', async () => {
    const proposal = await table(as.eu, { ...amendOp5(), cosponsors: ['CAN'] });
    await expectError(await as.g77.post(`/api/proposals/${proposal.id}/cosponsorship/confirm`), 403, 'forbidden');
    await expectError(
      await as.canada.post(`/api/proposals/${proposal.id}/cosponsorship/confirm`, { stakeholderId: 'group-g77' }),
      403,
      'forbidden',
    );
    await expectError(await as.observer.post(`/api/proposals/${proposal.id}/cosponsorship/confirm`), 403, 'forbidden');
    const confirmed = await as.canada.json('POST', `/api/proposals/${proposal.id}/cosponsorship/confirm`, {});
    expect(confirmed.cosponsors).toEqual([{ stakeholder: { id: 'CAN', name: 'Canada', shortName: 'Canada' }, status: 'confirmed' }]);
    await expectError(await as.canada.post(`/api/proposals/${proposal.id}/support`), 403, 'forbidden');
  });

  it('answers 409 for a decision on a proposal already decided, and 404 for an unknown proposal', async () => {
    const proposal = await table(as.eu, amendOp5());
    expect((await as.cofacilitator.json('POST', `/api/proposals/${proposal.id}/reject`, { reason: 'Not now' })).status).toBe('rejected');
    await expectError(await as.cofacilitator.post(`/api/proposals/${proposal.id}/accept`), 409, 'conflict');
    await expectError(await as.cofacilitator2.post(`/api/proposals/${proposal.id}/reject`, { reason: 'Again' }), 409, 'conflict');
    await expectError(await as.eu.post(`/api/proposals/${proposal.id}/withdraw`), 409, 'conflict');
    await expectError(await as.canada.post(`/api/proposals/${proposal.id}/support`), 409, 'conflict');

    const unknown = '00000000-0000-0000-0000-000000000000';
    await expectError(await as.cofacilitator.post(`/api/proposals/${unknown}/accept`), 404, 'not_found');
    await expectError(await as.canada.post(`/api/proposals/${unknown}/support`), 404, 'not_found');
    await expectError(await as.canada.get(`/api/proposals/${unknown}`), 404, 'not_found');
  });
});
