import { expect } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { DEMO_EMAILS } from '../support/demo-accounts.ts';
import { openServerDatabase } from '../support/server-database.ts';
import type { ServerProcess } from '../support/server-process.ts';

/** Shared helpers of the proposals API tests (not a test file itself). */

export const COMPACT = 'gcm-compact';

export const EMAILS = DEMO_EMAILS;

export type Who = keyof typeof EMAILS;

export async function loginAll(server: ServerProcess): Promise<Record<Who, ApiClient>> {
  const entries = await Promise.all(
    (Object.keys(EMAILS) as Who[]).map(async (who) => [who, await ApiClient.login(server.url, EMAILS[who])] as const),
  );
  return Object.fromEntries(entries) as Record<Who, ApiClient>;
}

export interface Paragraph {
  pid: string;
  number: string;
  text: string;
  type: string;
}

export async function paragraphs(client: ApiClient, documentId = COMPACT): Promise<Paragraph[]> {
  return (await client.json('GET', `/api/documents/${documentId}`)).paragraphs;
}

export async function paragraph(client: ApiClient, number: string, documentId = COMPACT): Promise<Paragraph> {
  const found = (await paragraphs(client, documentId)).find((p) => p.number === number);
  if (!found) throw new Error(`No paragraph ${number} in ${documentId}`);
  return found;
}

/** Tables a proposal and returns the created one (fails the test unless the answer is 201). */
export async function table(client: ApiClient, body: Record<string, unknown>, documentId = COMPACT): Promise<any> {
  const response = await client.post(`/api/documents/${documentId}/proposals`, body);
  if (response.status !== 201) throw new Error(`Tabling failed: ${response.status} ${await response.text()}`);
  return response.json();
}

/** Asserts a refused call: the status and the `{ error: { code, message } }` body. */
export async function expectError(response: Response, status: number, code?: string): Promise<{ code: string; message: string }> {
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect({ status: response.status, code: body.error?.code }).toEqual({ status, code: code ?? body.error?.code });
  expect(typeof body.error.message).toBe('string');
  expect(body.error.message.length).toBeGreaterThan(5);
  return body.error;
}

export async function listProposals(client: ApiClient, documentId = COMPACT): Promise<any[]> {
  return client.json('GET', `/api/documents/${documentId}/proposals`);
}

/** Opens the server's SQLite file directly (the test's own connection: read-only unless asked). */
export function openDatabase(server: ServerProcess, options: { readonly?: boolean } = { readonly: true }) {
  return openServerDatabase(server.dataDir, options);
}

export interface LiveEvent {
  type: string;
  documentId?: string;
  data: Record<string, unknown>;
  /** The server-sent event's name (its `event:` field), by which a browser's EventSource dispatches it. */
  name: string | undefined;
  receivedAt: number;
}

type StreamMessage = Omit<LiveEvent, 'receivedAt'>;

/** A reader of `GET /api/events` as a browser's EventSource would open it, collecting every event. */
export async function openEventStream(server: ServerProcess, client: ApiClient) {
  const abort = new AbortController();
  const response = await fetch(`${server.url}/api/events`, { headers: { cookie: client.cookie }, signal: abort.signal });
  if (response.status !== 200 || !response.body) throw new Error(`Event stream refused: ${response.status}`);
  const events: LiveEvent[] = [];
  let ready!: (message: StreamMessage) => void;
  const isReady = new Promise<StreamMessage>((resolve) => (ready = resolve));
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  void (async () => {
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const lines = block.split('\n');
          const data = lines.find((line) => line.startsWith('data:'));
          if (!data) continue;
          const name = lines
            .find((line) => line.startsWith('event:'))
            ?.slice(6)
            .trim();
          const event = { ...JSON.parse(data.slice(5).trim()), name } as StreamMessage;
          if (event.type === 'ready') ready(event);
          else events.push({ ...event, receivedAt: Date.now() });
        }
      }
    } catch {
      // Aborted by close().
    }
  })();
  return {
    /** The stream's first message. */
    ready: await isReady,
    events,
    close: () => abort.abort(),
  };
}

/** A second process with a compact, 'other-compact', in which none of the demo accounts takes part. */
export function createOtherProcessCompact(server: ServerProcess): void {
  const db = openDatabase(server, { readonly: false });
  try {
    db.prepare(
      "INSERT INTO processes (id, title, short_title, created_at) VALUES ('other', 'Another process', 'OTHER', '2026-01-01')",
    ).run();
    db.prepare(
      "INSERT INTO documents (id, process_id, kind, title, status, created_at) VALUES ('other-compact', 'other', 'compact', 'Other', 'Draft', '2026-01-01')",
    ).run();
  } finally {
    db.close();
  }
}
