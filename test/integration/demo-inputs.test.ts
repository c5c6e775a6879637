import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';

let server: ServerProcess;
let secretariat: ApiClient;

beforeAll(async () => {
  server = await startServerProcess({ demoInputs: true });
  secretariat = await ApiClient.login(server.url, 'secretariat@demo.test');
});
afterAll(() => server?.stop());

const STATES = ['submitted', 'incorporated', 'incorporated-with-edit', 'declined', 'withdrawn'];

describe("the demo's technical inputs", () => {
  for (const brief of ['gcm-brief-1', 'gcm-brief-3']) {
    it(`shows ${brief} with inputs in every state, the words taken in credited to their agencies`, async () => {
      const inputs: any[] = await secretariat.json('GET', `/api/documents/${brief}/inputs`);
      expect(new Set(inputs.map((i) => i.status))).toEqual(new Set(STATES));
      for (const input of inputs.filter((i) => i.status.startsWith('incorporated'))) {
        const runs: any[] = await secretariat.json('GET', `/api/documents/${brief}/paragraphs/${input.decision.resultPid}/attribution`);
        const credited = runs.filter((run) => run.inputId === input.id);
        expect(credited.map((run) => run.text).join('')).toBe(input.decision.incorporatedText);
        expect(credited[0].inputLabel).toBe(input.decision.attribution);
        expect(input.decision.attribution).toMatch(input.status === 'incorporated' ? /^\S+ input$/ : /^\S+ input, as revised by \S+$/);
      }
      for (const input of inputs.filter((i) => i.status === 'declined')) expect(input.decision.reason).toMatch(/\w/);
    });
  }

  it('counts them in the contribution overview', async () => {
    const matrix: any = await secretariat.json('GET', '/api/contributions');
    const cells = matrix.cells.filter((c: any) => c.counts.total > 0);
    expect(cells.map((c: any) => c.documentId).sort()).toEqual(expect.arrayContaining(['gcm-brief-1', 'gcm-brief-3']));
    expect(cells.reduce((n: number, c: any) => n + c.counts.total, 0)).toBe(11);
  });
});
