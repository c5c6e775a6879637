import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { ApiClient } from '../support/api-client.ts';
import { paragraph, table } from './proposals-fixtures.ts';

/** Shared helpers of the export tests (not a test file itself). */

/** The OASIS schema, shipped with the tests (test/fixtures/akoma-ntoso/). */
export const AKN_SCHEMA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/akoma-ntoso/akomantoso30.xsd');

export interface Download {
  status: number;
  contentType: string;
  disposition: string;
  body: Buffer;
}

export async function download(client: ApiClient, url: string): Promise<Download> {
  const response = await client.get(url);
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    disposition: response.headers.get('content-disposition') ?? '',
    body: Buffer.from(await response.arrayBuffer()),
  };
}

/** Writes the bytes to a temporary file, for a tool that reads files. */
export function temporaryFile(bytes: Buffer, name: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-export-')), name);
  fs.writeFileSync(file, bytes);
  return file;
}

/** `xmllint --noout --schema` on the file: returns what xmllint printed; throws with it when the file does not validate. */
export function validateAgainstAkn(file: string): string {
  try {
    return execFileSync('xmllint', ['--noout', '--schema', AKN_SCHEMA, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const failure = error as { stderr?: string; stdout?: string };
    throw new Error(`xmllint refused ${file}:\n${failure.stderr ?? ''}${failure.stdout ?? ''}`);
  }
}

/** Tables a proposal and has a co-facilitator accept it: the paragraph then reads `text` in the live document. */
export async function rewriteParagraph(as: Record<'eu' | 'cofacilitator', ApiClient>, number: string, text: string): Promise<string> {
  const target = await paragraph(as.eu, number);
  const proposal = await table(as.eu, { pid: target.pid, kind: 'amend', text, justification: 'In the language of the capital.' });
  const accepted = await as.cofacilitator.post(`/api/proposals/${proposal.id}/accept`, {});
  expect(accepted.status, await accepted.clone().text()).toBe(200);
  return target.pid;
}

/** Tables the deletion of a paragraph and has a co-facilitator accept it. */
export async function deleteParagraph(as: Record<'eu' | 'cofacilitator', ApiClient>, number: string): Promise<void> {
  const target = await paragraph(as.eu, number);
  const proposal = await table(as.eu, { pid: target.pid, kind: 'delete', justification: 'Covered elsewhere.' });
  const accepted = await as.cofacilitator.post(`/api/proposals/${proposal.id}/accept`, {});
  expect(accepted.status, await accepted.clone().text()).toBe(200);
}
