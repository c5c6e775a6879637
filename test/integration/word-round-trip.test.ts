import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/api-client.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { editWithLibreOffice } from '../support/libreoffice-tracked-edit.ts';
import { WORD_TYPE } from '../support/word-file.ts';
import { loginAll, paragraphs, type Paragraph, type Who } from './proposals-fixtures.ts';

let server: ServerProcess;
let as: Record<Who, ApiClient>;
let compact: Paragraph[];

beforeAll(async () => {
  server = await startServerProcess();
  as = await loginAll(server);
  compact = await paragraphs(as.canada);
});
afterAll(() => server?.stop());

async function exported(who: Who, documentId = 'gcm-compact'): Promise<Uint8Array> {
  const response = await as[who].get(`/api/documents/${documentId}/export.docx`);
  expect(response.status).toBe(200);
  return new Uint8Array(await response.arrayBuffer());
}

describe('Word and back, through LibreOffice', () => {
  it("turns a delegate's tracked changes, made by LibreOffice itself on the exported file, into exactly the intended proposals", async () => {
    const op2 = compact.find((p) => p.number === 'OP2')!;
    const op4 = compact.find((p) => p.number === 'OP4')!;
    const op6 = compact.find((p) => p.number === 'OP6')!;
    const words = op2.text.split(' ');
    const find = words.slice(1, 4).join(' ');
    const edited = await editWithLibreOffice(
      await exported('canada'),
      [
        { op: 'replace', find, with: `${find} fully` },
        { op: 'delete-paragraph', containing: op4.text.slice(0, 60) },
        { op: 'insert-after', containing: op6.text.slice(-60), text: 'We will publish a yearly account of what has been done.' },
      ],
      'Emily Tremblay',
    );
    const response = await as.canada.upload('/api/documents/gcm-compact/imports/amendments', edited, WORD_TYPE);
    expect(response.status).toBe(200);
    const reading = await response.json();
    expect(reading.unmatched).toEqual([]);
    expect(reading.proposals.map((p: any) => [p.kind, p.pid, p.text, p.matchedBy, p.authors])).toEqual([
      ['amend', op2.pid, op2.text.replace(find, `${find} fully`), 'id', ['Emily Tremblay']],
      ['delete', op4.pid, undefined, 'id', ['Emily Tremblay']],
      ['insert-after', op6.pid, 'We will publish a yearly account of what has been done.', 'id', ['Emily Tremblay']],
    ]);
    const confirmed = await as.canada.request('POST', `/api/imports/${reading.id}/confirm`);
    expect(confirmed.status).toBe(201);
    const { proposalIds } = await confirmed.json();
    const tabled = await Promise.all(proposalIds.map((id: string) => as.canada.json('GET', `/api/proposals/${id}`)));
    expect(tabled.map((p) => [p.kind, p.pid, p.text, p.tabledBy.name])).toEqual([
      ['amend', op2.pid, op2.text.replace(find, `${find} fully`), 'Canada'],
      ['delete', op4.pid, null, 'Canada'],
      ['insert-after', op6.pid, 'We will publish a yearly account of what has been done.', 'Canada'],
    ]);
  });

  it('gives back the same paragraphs when an export is imported as a zero draft', async () => {
    const response = await as.secretariat.upload('/api/imports/zero-draft', await exported('secretariat'), WORD_TYPE);
    expect(response.status).toBe(200);
    const preview = await response.json();
    const confirmed = await as.secretariat.request('POST', `/api/imports/${preview.id}/confirm`);
    expect(confirmed.status).toBe(201);
    const created = await confirmed.json();
    const copy = await paragraphs(as.secretariat, created.id);
    const current = await paragraphs(as.secretariat);
    expect(copy.map((p) => [p.type, p.number, p.text])).toEqual(current.map((p) => [p.type, p.number, p.text]));
  });
});
