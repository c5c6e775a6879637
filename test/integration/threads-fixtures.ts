import { ApiClient } from '../support/api-client.ts';
import { DEMO_EMAILS } from '../support/demo-accounts.ts';
import { eventually } from '../support/sync-client.ts';

/** Everyone the comment tests act as: the demo accounts, plus a second Canadian and a French delegate. */
export const ACCOUNTS = {
  ...DEMO_EMAILS,
  canada2: 'canada.second@test.example',
  france: 'france@test.example',
} as const;
export type AccountName = keyof typeof ACCOUNTS;
export const ACCOUNT_NAMES = Object.keys(ACCOUNTS) as AccountName[];

const EXTRA_PASSWORD = 'a-long-test-password';

/** Accounts the secretariat creates for the tests through the admin API. */
const EXTRA_ACCOUNTS: Record<string, { name: string; stakeholderId: string }> = {
  [ACCOUNTS.canada2]: { name: 'Marc Gagnon', stakeholderId: 'CAN' },
  [ACCOUNTS.france]: { name: 'Julie Martin', stakeholderId: 'FRA' },
};

export async function createDelegate(url: string, email: string, name: string, stakeholderId: string): Promise<ApiClient> {
  const secretariat = await ApiClient.login(url, ACCOUNTS.secretariat);
  const response = await secretariat.post('/api/admin/users', { email, name, password: EXTRA_PASSWORD, stakeholderId, role: 'delegate' });
  if (response.status !== 201) throw new Error(`Could not create ${email}: ${response.status} ${await response.text()}`);
  return ApiClient.login(url, email, EXTRA_PASSWORD);
}

/** Signs every account in (creating the extra ones first). */
export async function signInEveryone(url: string): Promise<Record<AccountName, ApiClient>> {
  for (const [email, { name, stakeholderId }] of Object.entries(EXTRA_ACCOUNTS)) await createDelegate(url, email, name, stakeholderId);
  const entries = await Promise.all(
    ACCOUNT_NAMES.map(async (name) => {
      const email = ACCOUNTS[name];
      const password = email in EXTRA_ACCOUNTS ? EXTRA_PASSWORD : 'demo';
      return [name, await ApiClient.login(url, email, password)] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<AccountName, ApiClient>;
}

export interface ReceivedEvent {
  type: string;
  documentId?: string;
  data: Record<string, unknown>;
  receivedAt: number;
}

export interface EventStream {
  events: ReceivedEvent[];
  ready: Promise<void>;
  close(): void;
}

/** Opens `GET /api/events` like a browser's EventSource would, and collects every event it delivers. */
export function openEventStream(url: string, cookie: string): EventStream {
  const controller = new AbortController();
  const events: ReceivedEvent[] = [];
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  void (async () => {
    try {
      const response = await fetch(new URL('/api/events', url), {
        headers: { cookie, accept: 'text/event-stream' },
        signal: controller.signal,
      });
      if (!response.ok || !response.body) throw new Error(`Event stream refused: ${response.status}`);
      const decoder = new TextDecoder();
      let buffer = '';
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block
            .split('\n')
            .filter((line) => line.startsWith('data:'))
            .map((line) => line.slice(5).trimStart())
            .join('\n');
          if (!data) continue;
          const event = JSON.parse(data) as Omit<ReceivedEvent, 'receivedAt'>;
          if (event.type === 'ready') markReady();
          else if (event.type) events.push({ ...event, receivedAt: Date.now() });
        }
      }
    } catch (error) {
      if (!controller.signal.aborted) throw error;
    }
  })();
  return { events, ready, close: () => controller.abort() };
}

/** Thread ids named by the `thread.changed` events a stream has received. */
export function threadIdsSeen(stream: EventStream): Set<string> {
  return new Set(stream.events.filter((e) => e.type === 'thread.changed').map((e) => String(e.data.threadId)));
}

export async function waitForThreadEvent(stream: EventStream, threadId: string, timeoutMs = 5000): Promise<void> {
  await eventually(() => {
    if (!threadIdsSeen(stream).has(threadId)) throw new Error(`no thread.changed for ${threadId}`);
  }, timeoutMs);
}

/** The pid of a numbered paragraph ("OP3", "¶2"). */
export async function pidOf(client: ApiClient, documentId: string, number: string): Promise<string> {
  const doc = await client.json('GET', `/api/documents/${documentId}`);
  const paragraph = doc.paragraphs.find((p: { number: string }) => p.number === number);
  if (!paragraph) throw new Error(`No paragraph ${number} in ${documentId}`);
  return paragraph.pid;
}

export async function statusOf(response: Response): Promise<number> {
  await response.arrayBuffer();
  return response.status;
}
