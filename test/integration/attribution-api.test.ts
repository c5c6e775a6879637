import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { COMPACT, expectError, loginAll, paragraph, type Who, createOtherProcessCompact } from './proposals-fixtures.ts';

let server: ServerProcess;
let as: Record<Who, ApiClient>;
let op2: { pid: string; text: string };

beforeAll(async () => {
  server = await startServerProcess();
  as = await loginAll(server);
  op2 = await paragraph(as.observer, 'OP2');
});
afterAll(() => server?.stop());

const attributionPath = (pid: string, documentId = COMPACT) => `/api/documents/${documentId}/paragraphs/${pid}/attribution`;

describe('GET /api/documents/:id/paragraphs/:pid/attribution', () => {
  it('answers everyone who may read the document, delegates and observers included, with the whole text', async () => {
    for (const who of ['canada', 'observer', 'iom', 'cofacilitator'] as const) {
      const response = await as[who].get(attributionPath(op2.pid));
      expect(response.status, who).toBe(200);
      const runs = (await response.json()) as { text: string; stakeholderId: string | null }[];
      expect(runs.map((run) => run.text).join('')).toBe(op2.text);
      expect(new Set(runs.map((run) => run.stakeholderId))).toEqual(new Set(['secretariat']));
    }
  });

  it('answers 404 for a paragraph that is not in this document, and for an unknown document', async () => {
    await expectError(await as.canada.get(attributionPath('nope')), 404, 'not_found');
    const briefParagraph = await paragraph(as.secretariat, '¶1', 'gcm-brief-1');
    await expectError(await as.canada.get(attributionPath(briefParagraph.pid)), 404, 'not_found');
    await expectError(await as.canada.get(attributionPath(op2.pid, 'no-such-document')), 404, 'not_found');
  });

  it('answers 401 without a session', async () => {
    await expectError(await new ApiClient(server.url).get(attributionPath(op2.pid)), 401, 'unauthorized');
  });

  it('answers 403 for a document of a process the caller is not in', async () => {
    createOtherProcessCompact(server);
    const error = await expectError(await as.canada.get(attributionPath(op2.pid, 'other-compact')), 403, 'forbidden');
    expect(error.message).toMatch(/not a participant/);
  });
});
