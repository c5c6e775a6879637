/**
 * The server is killed (SIGKILL, no shutdown) at random moments while two co-facilitators type and delegations
 * table proposals, then restarted on the same data. Nothing any client had been told about may be lost: every
 * update a reader received and every proposal whose tabling was answered 201 is there after the restart, and the
 * writers, reconnecting with what they hold, converge with everyone.
 */
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ApiClient } from '../support/api-client.ts';
import { DEMO_EMAILS } from '../support/demo-accounts.ts';
import { startServerProcess, temporaryDataDir, type ServerProcess, UNMETERED_LIMITS } from '../support/server-process.ts';
import { connectSyncClient, eventually, type SyncClient } from '../support/sync-client.ts';
import { blocks, blockText } from '../support/yjs-text.ts';
import { covers, seededRandom, seedFromEnvironment, sleep } from './endurance-support.ts';
import { endurance } from './endurance-scale.ts';

const COMPACT = 'gcm-compact';
const CYCLES = endurance(3, 20);
const seed = seedFromEnvironment();
const random = seededRandom(seed);

let server: ServerProcess | undefined;
afterAll(async () => {
  await server?.stop('SIGTERM');
});

interface Writer {
  doc: Y.Doc;
  client?: SyncClient;
}

/** Types into the document's operative paragraphs until stopped, one short word per transaction. */
function type(writer: Writer, offset: number): () => void {
  const timer = setInterval(() => {
    const paragraphs = blocks(writer.doc).filter((b) => b.nodeName === 'operativeParagraph');
    const block = paragraphs[(offset + Math.floor(random() * 3)) % paragraphs.length];
    const text = block?.toArray().find((c): c is Y.XmlText => c instanceof Y.XmlText);
    if (text) writer.doc.transact(() => text.insert(text.length, ` w${Math.floor(random() * 1000)}`));
  }, 4);
  return () => clearInterval(timer);
}

/** Tables proposals one after another until stopped; returns the ids the server answered 201 for. */
function table(api: ApiClient, pid: string, tabled: string[]): () => Promise<void> {
  let running = true;
  const loop = (async () => {
    for (let i = 0; running; i++) {
      try {
        const response = await api.post(`/api/documents/${COMPACT}/proposals`, {
          pid,
          kind: 'insert-after',
          text: `We commit to review progress, proposal ${tabled.length} of the night.`,
          justification: 'Tabled during the crash test.',
        });
        if (response.status === 201) tabled.push(((await response.json()) as { id: string }).id);
      } catch {
        // The server was killed mid-request: the answer never came, so nobody was told.
      }
    }
  })();
  return async () => {
    running = false;
    await loop;
  };
}

describe(`the server killed at random ${CYCLES} times during editing and tabling (seed ${seed})`, () => {
  it('loses nothing any client was told about, and everyone converges after each restart', async () => {
    const dataDir = temporaryDataDir();
    server = await startServerProcess({ dataDir, env: UNMETERED_LIMITS });
    const writers: Writer[] = [{ doc: new Y.Doc() }, { doc: new Y.Doc() }];
    const tabled: string[] = [];
    let typedUpdates = 0;
    for (const writer of writers) writer.doc.on('update', (_u: Uint8Array, origin: unknown) => origin === null && typedUpdates++);
    const started = Date.now();

    for (let cycle = 0; cycle < CYCLES; cycle++) {
      const [pen1, pen2, eu] = await Promise.all(
        [DEMO_EMAILS.cofacilitator, DEMO_EMAILS.cofacilitator2, DEMO_EMAILS.eu].map((email) => ApiClient.login(server!.url, email)),
      );
      writers[0]!.client = connectSyncClient(server.url, COMPACT, pen1!.cookie, writers[0]!.doc);
      writers[1]!.client = connectSyncClient(server.url, COMPACT, pen2!.cookie, writers[1]!.doc);
      const reader = connectSyncClient(server.url, COMPACT, eu!.cookie);
      await Promise.all([...writers.map((w) => w.client!.synced), reader.synced]);
      const pid = blocks(reader.doc)
        .find((b) => b.nodeName === 'operativeParagraph')!
        .getAttribute('pid')!;

      const stopTyping = writers.map((writer, i) => type(writer, i));
      const stopTabling = table(eu!, pid, tabled);
      await sleep(300 + random() * 1200);

      // What the reader holds and the proposals answered 201 are what clients were told about.
      server.child.kill('SIGKILL');
      await server.stop();
      const told = new Y.Doc();
      Y.applyUpdate(told, Y.encodeStateAsUpdate(reader.doc));
      const answered = [...tabled];
      stopTyping.forEach((stop) => stop());
      await stopTabling();
      for (const client of [...writers.map((w) => w.client!), reader]) client.provider.destroy();
      reader.doc.destroy();

      server = await startServerProcess({ dataDir, env: UNMETERED_LIMITS });
      const observer = await ApiClient.login(server.url, DEMO_EMAILS.observer);
      const after = connectSyncClient(server.url, COMPACT, observer.cookie);
      await after.synced;
      expect(covers(after.doc, told), `cycle ${cycle}: an update the reader had received is missing`).toBe(true);
      const ids = new Set((await observer.json<{ id: string }[]>('GET', `/api/documents/${COMPACT}/proposals`)).map((p) => p.id));
      expect(
        answered.filter((id) => !ids.has(id)),
        `cycle ${cycle}: tabled proposals missing`,
      ).toEqual([]);
      after.destroy();
    }

    // The writers come back with what they typed; the server takes it and everyone holds the same text.
    const [pen1, pen2, observer] = await Promise.all(
      [DEMO_EMAILS.cofacilitator, DEMO_EMAILS.cofacilitator2, DEMO_EMAILS.observer].map((email) => ApiClient.login(server!.url, email)),
    );
    const back = [
      connectSyncClient(server.url, COMPACT, pen1!.cookie, writers[0]!.doc),
      connectSyncClient(server.url, COMPACT, pen2!.cookie, writers[1]!.doc),
    ];
    await Promise.all(back.map((c) => c.synced));
    const text = (doc: Y.Doc) => blocks(doc).map((b) => `${b.getAttribute('pid')}: ${blockText(b)}`);
    await eventually(async () => {
      const fresh = connectSyncClient(server!.url, COMPACT, observer!.cookie);
      try {
        await fresh.synced;
        expect(text(writers[0]!.doc)).toEqual(text(writers[1]!.doc));
        expect(text(fresh.doc)).toEqual(text(writers[0]!.doc));
      } finally {
        fresh.destroy();
      }
    }, 20_000);
    back.forEach((c) => c.destroy());
    console.log(
      `server-kill: ${CYCLES} SIGKILL cycles in ${((Date.now() - started) / 1000).toFixed(0)} s, ${typedUpdates} updates typed, ` +
        `${tabled.length} proposals tabled, none lost (seed ${seed})`,
    );
  });
});
