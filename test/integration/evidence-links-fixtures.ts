import type { ApiClient } from '../support/api-client.ts';
import { COMPACT, paragraph, type Paragraph } from './proposals-fixtures.ts';

/** The demo's stages: brief 1 circulated (OHCHR, WHO), brief 2 a draft, brief 3 under finalization (IOM), brief 6 published. */
export const BRIEF_1 = 'gcm-brief-1';
export const DRAFT_BRIEF = 'gcm-brief-2';
export const BRIEF_3 = 'gcm-brief-3';
export const PUBLISHED_BRIEF = 'gcm-brief-6';

export const linksPath = (documentId: string, pid: string) => `/api/documents/${documentId}/paragraphs/${pid}/links`;

/** Links a compact paragraph to a brief paragraph from the compact's side; fails the test unless 201. */
export async function link(client: ApiClient, compactPid: string, briefId: string, briefPid: string, inputId?: string): Promise<any> {
  const response = await client.post(linksPath(COMPACT, compactPid), {
    documentId: briefId,
    pid: briefPid,
    ...(inputId ? { inputId } : {}),
  });
  if (response.status !== 201) throw new Error(`Link refused: ${response.status} ${await response.text()}`);
  return response.json();
}

export async function linksOf(client: ApiClient, documentId: string, pid: string): Promise<any[]> {
  return client.json('GET', linksPath(documentId, pid));
}

export async function documentLinks(client: ApiClient, documentId: string): Promise<any[]> {
  return client.json('GET', `/api/documents/${documentId}/links`);
}

export async function briefParagraph(client: ApiClient, briefId: string, number: string): Promise<Paragraph> {
  return paragraph(client, number, briefId);
}
