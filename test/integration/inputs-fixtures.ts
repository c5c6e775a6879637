import { strToU8 } from 'fflate';
import type { ApiClient } from '../support/api-client.ts';
import type { ServerProcess } from '../support/server-process.ts';
import { openDatabase, paragraphs, type Paragraph } from './proposals-fixtures.ts';

/** Shared helpers of the technical inputs tests (not a test file itself). */

/** Circulated in the demo, led by OHCHR and WHO. */
export const BRIEF_1 = 'gcm-brief-1';
export const DRAFT_BRIEF = 'gcm-brief-2';
/** Under finalization, led by IOM. */
export const BRIEF_3 = 'gcm-brief-3';
export const PUBLISHED_BRIEF = 'gcm-brief-6';

export const source = { title: 'World Migration Report 2024', publisher: 'IOM', year: 2024, url: 'https://example.org/wmr-2024' };

export function inputBody(pid: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    pid,
    placement: 'against',
    type: 'data-point',
    text: 'In 2020, 281 million people lived outside their country of birth, about 3.6 per cent of the world population.',
    rationale: 'The latest global estimate.',
    sources: [source],
    sdgTargets: ['10.7'],
    ...overrides,
  };
}

/** Submits an input and returns it (fails the test unless the answer is 201). */
export async function submit(client: ApiClient, documentId: string, body: Record<string, unknown>): Promise<any> {
  const response = await client.post(`/api/documents/${documentId}/inputs`, body);
  if (response.status !== 201) throw new Error(`Submission failed: ${response.status} ${await response.text()}`);
  return response.json();
}

/** The brief's first numbered paragraph and first section heading, read as the secretariat. */
export async function briefBlocks(
  secretariat: ApiClient,
  documentId: string,
): Promise<{ paragraph: Paragraph; heading: Paragraph; all: Paragraph[] }> {
  const all = await paragraphs(secretariat, documentId);
  const paragraph = all.find((p) => p.number === '¶1');
  const heading = all.find((p) => p.type === 'briefSectionHeading');
  if (!paragraph || !heading) throw new Error(`No ¶1 or section heading in ${documentId}`);
  return { paragraph, heading, all };
}

/** Rows of a table in the server's SQLite file (the test's own read-only connection). */
export function countRows(server: ServerProcess, table: string, where = '1 = 1', ...params: unknown[]): number {
  const db = openDatabase(server);
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${where}`).get(...params) as { n: number }).n;
  } finally {
    db.close();
  }
}

/** Moves a brief's stage as the given client, failing the test unless it moves. */
export async function moveStage(client: ApiClient, documentId: string, stage: string): Promise<void> {
  const response = await client.request('PUT', `/api/documents/${documentId}/stage`, { stage });
  if (response.status !== 200) throw new Error(`Move to ${stage} refused: ${response.status} ${await response.text()}`);
}

/** The smallest file every PDF reader opens: a catalog and an empty page tree. */
export function minimalPdf(): Uint8Array {
  return strToU8(
    '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n' +
      'trailer << /Root 1 0 R >>\n%%EOF\n',
  );
}
