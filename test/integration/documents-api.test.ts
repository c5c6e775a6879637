import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';

let server: ServerProcess;
beforeAll(async () => {
  server = await startServerProcess();
});
afterAll(() => server?.stop());

describe('GET /api/documents', () => {
  it('lists the compact first, then the six briefs, with who holds the pen', async () => {
    const client = await ApiClient.login(server.url, 'secretariat@demo.test');
    const docs = await client.json<any[]>('GET', '/api/documents');
    expect(docs.map((d) => d.kind)).toEqual(['compact', 'brief', 'brief', 'brief', 'brief', 'brief', 'brief']);
    // The secretariat holds the pen on every document, so it is named on every one.
    expect(docs[0].penHolders).toEqual(['Mexico', 'Switzerland', 'Secretariat']);
    expect(docs[3].title).toMatch(/^Issue brief 3/);
    expect(docs[3].penHolders).toEqual(['IOM', 'UNITAR', 'Secretariat']);
    expect(docs.every((d) => d.penHolders.includes('Secretariat'))).toBe(true);
    expect(docs[0].paragraphCount).toBeGreaterThan(30);
    // A delegation sees the compact and the published briefs only, and edits neither.
    const canada = await ApiClient.login(server.url, 'delegate.canada@demo.test');
    const seen = await canada.json<any[]>('GET', '/api/documents');
    expect(seen.map((d) => d.id)).toEqual(['gcm-compact', 'gcm-brief-6']);
    expect(seen.every((d) => d.canEdit === false)).toBe(true);
  });

  it('tells pen-holders they can edit exactly their documents', async () => {
    const cofacilitator = await ApiClient.login(server.url, 'cofacilitator@demo.test');
    const asCofacilitator = await cofacilitator.json<any[]>('GET', '/api/documents');
    expect(asCofacilitator.filter((d) => d.canEdit).map((d) => d.id)).toEqual(['gcm-compact']);
    const iom = await ApiClient.login(server.url, 'agency.iom@demo.test');
    const asIom = await iom.json<any[]>('GET', '/api/documents');
    expect(asIom.filter((d) => d.canEdit).map((d) => d.id)).toEqual(['gcm-brief-3']);
  });

  it('requires a session', async () => {
    expect((await new ApiClient(server.url).get('/api/documents')).status).toBe(401);
  });
});

describe('GET /api/documents/:id', () => {
  it('returns numbered paragraphs of the live text', async () => {
    const client = await ApiClient.login(server.url, 'observer@demo.test');
    const doc = await client.json('GET', '/api/documents/gcm-compact');
    expect(doc.kind).toBe('compact');
    const numbers = doc.paragraphs.map((p: { number: string }) => p.number);
    expect(numbers).toContain('PP1');
    expect(numbers).toContain('OP1');
    expect(numbers).toContain('OP3');
    const pids = doc.paragraphs.map((p: { pid: string }) => p.pid);
    expect(new Set(pids).size).toBe(pids.length);
    const op3 = doc.paragraphs.find((p: { number: string }) => p.number === 'OP3');
    expect(op3.text.length).toBeGreaterThan(40);
  });

  it('answers 404 for an unknown document and 401 without a session', async () => {
    const client = await ApiClient.login(server.url, 'observer@demo.test');
    const missing = await client.get('/api/documents/no-such-document');
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe('not_found');
    expect((await new ApiClient(server.url).get('/api/documents/gcm-compact')).status).toBe(401);
  });
});

describe('GET /api/openapi.json', () => {
  it('publishes the API with request schemas taken from the validators', async () => {
    const spec = await (await fetch(`${server.url}/api/openapi.json`)).json();
    expect(spec.openapi).toMatch(/^3\./);
    const login = spec.paths['/api/auth/login'].post;
    expect(login.requestBody.content['application/json'].schema.required).toEqual(['email', 'password']);
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining(['/api/documents/{id}', '/api/documents/{id}/proposals', '/api/documents/{id}/threads']),
    );
  });
});
