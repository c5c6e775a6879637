/**
 * Hostile traffic at scale: random and mutated y-websocket messages over many sockets (the pen's and readers'),
 * and malformed bodies on every route of the OpenAPI document. The server must stay up and answer, the text must
 * come through whole (what a client sees equals what the log reloads to after a restart), no request may fail with
 * a server error, and memory must stay bounded.
 */
import * as encoding from 'lib0/encoding';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MESSAGE_AWARENESS, MESSAGE_SYNC } from '@plenary/shared/protocol/index';
import { ApiClient } from '../support/api-client.ts';
import { DEMO_EMAILS } from '../support/demo-accounts.ts';
import { openRawSyncSocket, encodePresenceMessage, type RawSyncSocket } from '../support/raw-sync-socket.ts';
import { startServerProcess, type ServerProcess, UNMETERED_LIMITS } from '../support/server-process.ts';
import { connectSyncClient } from '../support/sync-client.ts';
import { blocks, blockText } from '../support/yjs-text.ts';
import { residentMb, seededRandom, seedFromEnvironment, sleep } from './endurance-support.ts';
import { endurance } from './endurance-scale.ts';

const COMPACT = 'gcm-compact';
const MESSAGES = endurance(5_000, 100_000);
const SOCKETS = endurance(8, 40);
const seed = seedFromEnvironment();
const random = seededRandom(seed);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

let server: ServerProcess | undefined;
afterAll(async () => {
  await server?.stop('SIGTERM');
});

function frame(type: number, body: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  body(encoder);
  return encoding.toUint8Array(encoder);
}

/** Well-formed messages of every kind, as templates to mutate: sync step 1 and 2, an update, presence. */
function templates(doc: Y.Doc): Uint8Array[] {
  const scratch = new Y.Doc();
  Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc));
  const before = Y.encodeStateVector(scratch);
  const text = blocks(scratch)
    .find((b) => b.nodeName === 'operativeParagraph')!
    .toArray()
    .find((c): c is Y.XmlText => c instanceof Y.XmlText)!;
  text.insert(0, 'Fuzzed words ');
  const update = Y.encodeStateAsUpdate(scratch, before);
  return [
    frame(MESSAGE_SYNC, (e) => {
      encoding.writeVarUint(e, 0);
      encoding.writeVarUint8Array(e, Y.encodeStateVector(new Y.Doc()));
    }),
    frame(MESSAGE_SYNC, (e) => {
      encoding.writeVarUint(e, 1);
      encoding.writeVarUint8Array(e, update);
    }),
    frame(MESSAGE_SYNC, (e) => {
      encoding.writeVarUint(e, 2);
      encoding.writeVarUint8Array(e, update);
    }),
    encodePresenceMessage([{ clientId: 1 + Math.floor(random() * 1e6), clock: 1, state: '{"cursor":null}' }]),
    frame(MESSAGE_AWARENESS, (e) => encoding.writeVarUint8Array(e, new Uint8Array([1, 2, 3]))),
  ];
}

/** One hostile message: a template bit-flipped, truncated, given a huge length or a wrong type, or random bytes. */
function mutate(templateList: readonly Uint8Array[]): Uint8Array {
  const base = pick(templateList);
  switch (Math.floor(random() * 6)) {
    case 0: {
      const copy = base.slice();
      for (let i = 0; i < 1 + random() * 4; i++) copy[Math.floor(random() * copy.length)]! ^= 1 << Math.floor(random() * 8);
      return copy;
    }
    case 1:
      return base.slice(0, Math.floor(random() * base.length));
    case 2:
      // A length prefix claiming far more bytes than follow.
      return new Uint8Array([base[0]!, 1, 0xff, 0xff, 0xff, 0xff, 0x0f, ...base.slice(2, 20)]);
    case 3:
      // A varint that never ends.
      return new Uint8Array(Array.from({ length: 12 + Math.floor(random() * 20) }, () => 0xff));
    case 4:
      return new Uint8Array([Math.floor(random() * 256), ...base.slice(1)]);
    default:
      return Uint8Array.from({ length: 1 + Math.floor(random() * 200) }, () => Math.floor(random() * 256));
  }
}

const documentText = (doc: Y.Doc) => blocks(doc).map((b) => `${b.getAttribute('pid')}: ${blockText(b)}`);

async function seenText(url: string, cookie: string): Promise<string[]> {
  const client = connectSyncClient(url, COMPACT, cookie);
  try {
    await client.synced;
    return documentText(client.doc);
  } finally {
    client.destroy();
  }
}

/** A malformed body of one of many shapes. */
function malformedBody(): { body: string; type: string } {
  const shapes = [
    () => ({ body: '{"unterminated": ', type: 'application/json' }),
    () => ({ body: JSON.stringify({ pid: 42, kind: ['amend'], text: { nested: true }, body: null, status: 7 }), type: 'application/json' }),
    () => ({
      body: JSON.stringify({ text: 'x'.repeat(200_000), body: 'y'.repeat(200_000), name: 'z'.repeat(50_000) }),
      type: 'application/json',
    }),
    () => ({ body: `${'['.repeat(5000)}${']'.repeat(5000)}`, type: 'application/json' }),
    () => ({ body: JSON.stringify({ __proto__: { admin: true }, constructor: { prototype: {} } }), type: 'application/json' }),
    () => ({ body: 'pid=x&kind=amend', type: 'application/x-www-form-urlencoded' }),
    () => ({ body: '\u0000\u0001\u0002', type: 'text/plain' }),
    () => ({ body: JSON.stringify([1, 2, 3]), type: 'application/json' }),
  ];
  return pick(shapes)();
}

describe(`fuzzing the sync endpoint and the REST API (seed ${seed})`, () => {
  it(`survives ${MESSAGES} hostile sync messages and malformed bodies on every route, the text intact`, async () => {
    server = await startServerProcess({ env: UNMETERED_LIMITS });
    const url = server.url;
    const [pen, delegate, observer] = await Promise.all(
      [DEMO_EMAILS.cofacilitator, DEMO_EMAILS.canada, DEMO_EMAILS.observer].map((email) => ApiClient.login(url, email)),
    );
    const before = await seenText(url, observer!.cookie);
    const rssBefore = residentMb(server.child.pid!);
    const model = connectSyncClient(url, COMPACT, observer!.cookie);
    await model.synced;
    const messageTemplates = templates(model.doc);
    model.destroy();

    let sent = 0;
    const closes = new Map<number, number>();
    const open = async (): Promise<RawSyncSocket> => {
      const socket = await openRawSyncSocket(url, COMPACT, pick([pen!, delegate!]).cookie);
      void socket.closed.then(({ code }) => closes.set(code, (closes.get(code) ?? 0) + 1));
      return socket;
    };
    const sockets = await Promise.all(Array.from({ length: SOCKETS }, open));
    while (sent < MESSAGES) {
      for (let i = 0; i < sockets.length && sent < MESSAGES; i++) {
        if (sockets[i]!.ws.readyState !== 1) {
          sockets[i] = await open();
          continue;
        }
        sockets[i]!.ws.send(mutate(messageTemplates));
        sent++;
      }
      if (sent % 500 < SOCKETS) await sleep(1);
    }
    for (const socket of sockets) socket.ws.close();

    // Every route of the OpenAPI document, with malformed bodies: none may end in a server error.
    const spec = await observer!.json<{ paths: Record<string, Record<string, unknown>> }>('GET', '/api/openapi.json');
    const serverErrors: string[] = [];
    let requests = 0;
    let cutOff = 0;
    for (const [template, methods] of Object.entries(spec.paths)) {
      // Signing out would end the sessions the fuzzing uses; an event stream never ends.
      if (template.includes('logout') || template.endsWith('/events')) continue;
      const path = template.replace(/\{[^}]+\}/g, () => pick(['gcm-compact', 'x', '..%2F..', '%00', 'a'.repeat(300), '1']));
      for (const method of Object.keys(methods).map((m) => m.toUpperCase())) {
        for (let i = 0; i < 3; i++) {
          const { body, type } = malformedBody();
          const client = pick([pen!, delegate!, observer!]);
          requests++;
          try {
            const headers: Record<string, string> = method === 'GET' ? {} : { 'content-type': type };
            const response = await client.request(method, path, method === 'GET' ? undefined : body, headers);
            await response.arrayBuffer();
            if (response.status >= 500) serverErrors.push(`${method} ${path} → ${response.status}`);
          } catch {
            // The server may cut off a body it refuses before reading it whole; it must still be up (checked below).
            cutOff++;
          }
        }
      }
    }
    expect(serverErrors).toEqual([]);

    // Still up, the text a reader sees is what the log reloads to, and memory came back within bounds.
    expect((await observer!.get('/api/me')).status).toBe(200);
    const during = await seenText(url, observer!.cookie);
    // A mutated update on the pen's socket can still be a valid edit, and the server takes it: a paragraph may go, as
    // any pen-holder's deletion would (how many depends on how the sockets interleave). What must hold is that every
    // paragraph keeps one pid of its own, the text was not wiped, and it is what the log reloads to (below).
    const pids = during.map((line) => line.slice(0, line.indexOf(':')));
    // The title is the one block without a pid.
    expect(pids.filter((pid) => pid === 'undefined' || pid === 'null' || pid === '')).toHaveLength(1);
    expect(new Set(pids).size).toBe(pids.length);
    expect(during.length).toBeGreaterThan(before.length / 2);
    await sleep(1000);
    const rssAfter = residentMb(server.child.pid!);
    expect(rssAfter).toBeLessThan(rssBefore + 150);
    expect(server.output()).not.toMatch(/Uncaught|unhandled|TypeError|RangeError/i);
    expect(await server.stop('SIGTERM')).toBe(0);
    server = await startServerProcess({ dataDir: server.dataDir, env: UNMETERED_LIMITS });
    expect(await seenText(server.url, (await ApiClient.login(server.url, DEMO_EMAILS.observer)).cookie)).toEqual(during);

    console.log(
      `sync-fuzz: ${sent} hostile messages over ${SOCKETS} sockets at a time; closes by code ${JSON.stringify(Object.fromEntries(closes))}; ` +
        `${requests} malformed requests (${cutOff} cut off by the server), no server error; RSS ${rssBefore.toFixed(0)} → ${rssAfter.toFixed(0)} MB (seed ${seed})`,
    );
  });
});
