import WebSocket from 'ws';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { CLOSE_INVALID_UPDATE, MESSAGE_SYNC } from '@plenary/shared/protocol/index';
import { connectSyncClient } from './sync-client.ts';
import { newPid } from '@plenary/shared/schema/index';
import { blocks } from './yjs-text.ts';

/** What the server did with a socket that sent a hostile update: its close code, or 'still open'. */
export type Outcome = number | 'still open';

/** How long a socket that should have been refused may stay open before the test calls it accepted. */
const REFUSAL_WAIT_MS = 3000;

/** A y-websocket sync message carrying `update`, as an update (the default) or as sync step 2. */
export function syncUpdateMessage(update: Uint8Array, kind: 'update' | 'step2' = 'update'): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  if (kind === 'update') {
    syncProtocol.writeUpdate(encoder, update);
  } else {
    encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2);
    encoding.writeVarUint8Array(encoder, update);
  }
  return encoding.toUint8Array(encoder);
}

function outcomeWithin<T>(promise: Promise<T>, ms = REFUSAL_WAIT_MS): Promise<T | 'still open'> {
  return Promise.race([promise, new Promise<'still open'>((resolve) => setTimeout(() => resolve('still open'), ms))]);
}

/**
 * Connects a stock y-websocket provider as the user behind `cookie`, lets `edit` change its synced copy (the
 * provider sends the change like any editor would) and reports how the server answered. The provider is
 * destroyed at once after a close: left alone it would reconnect and offer the refused change again.
 */
export async function editThroughProvider(
  baseUrl: string,
  documentId: string,
  cookie: string,
  edit: (doc: Y.Doc) => void,
): Promise<Outcome> {
  const client = connectSyncClient(baseUrl, documentId, cookie);
  try {
    await client.synced;
    const closed = new Promise<number>((resolve) => {
      client.provider.on('connection-close', (event: CloseEvent | null) => {
        client.provider.shouldConnect = false;
        resolve(event?.code ?? 0);
      });
    });
    edit(client.doc);
    return await outcomeWithin(closed);
  } finally {
    client.destroy();
  }
}

/** Opens a bare socket as the user behind `cookie`, sends `message` as it is, and reports the server's answer. */
export async function sendRawMessage(baseUrl: string, documentId: string, cookie: string, message: Uint8Array): Promise<Outcome> {
  // The page's own Origin, as a browser sends it: the upgrade refuses any other.
  const ws = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/sync/${documentId}`, {
    headers: { cookie, origin: new URL(baseUrl).origin },
  });
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  ws.send(message);
  const outcome = await outcomeWithin(closed);
  if (outcome === 'still open') ws.terminate();
  return outcome;
}

/** A private copy of a synced document under a fresh client id, to compute updates from. */
export function scratchCopy(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/** The update that `change` makes to a copy of `doc`, without touching `doc`. */
export function updateOf(doc: Y.Doc, change: (copy: Y.Doc) => void): Uint8Array {
  const copy = scratchCopy(doc);
  const before = Y.encodeStateVector(copy);
  change(copy);
  return Y.encodeStateAsUpdate(copy, before);
}

export function operativeParagraphs(doc: Y.Doc): Y.XmlElement[] {
  return blocks(doc).filter((b) => b.nodeName === 'operativeParagraph');
}

/** A new top-level element with the given attributes and one text run, ready to insert. */
export function element(name: string, attributes: Record<string, unknown>, text: string): Y.XmlElement {
  const el = new Y.XmlElement(name);
  for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, value as string);
  const run = new Y.XmlText();
  run.insert(0, text);
  el.insert(0, [run]);
  return el;
}

/** Inserts `node` into the text right after the first operative paragraph. */
export function insertAfterFirstOperative(doc: Y.Doc, node: Y.XmlElement | Y.XmlText): void {
  const fragment = doc.getXmlFragment('default');
  const index = fragment.toArray().indexOf(operativeParagraphs(doc)[0]!);
  fragment.insert(index + 1, [node]);
}

export interface HostileEdit {
  name: string;
  /** Text the edit brings in, which must never reach anyone. */
  marker: string;
  edit: (doc: Y.Doc) => void;
  expectedCode: number;
}

/**
 * Edits that leave a document the editor cannot open (or that it would "repair" by deleting text as soon
 * as a co-facilitator opens it); every one must be refused whole.
 */
export const STRUCTURAL_ATTACKS: HostileEdit[] = [
  {
    name: 'a Y.XmlText at the root of the text',
    marker: 'HOSTILE root text',
    edit: (doc) => insertAfterFirstOperative(doc, new Y.XmlText('HOSTILE root text')),
    expectedCode: CLOSE_INVALID_UPDATE,
  },
  {
    name: 'a block of an unknown node type (script)',
    marker: 'HOSTILE script',
    edit: (doc) => insertAfterFirstOperative(doc, element('script', {}, 'HOSTILE script')),
    expectedCode: CLOSE_INVALID_UPDATE,
  },
  {
    name: 'an operative paragraph without a pid',
    marker: 'HOSTILE no pid',
    edit: (doc) => insertAfterFirstOperative(doc, element('operativeParagraph', {}, 'HOSTILE no pid')),
    expectedCode: CLOSE_INVALID_UPDATE,
  },
  {
    name: 'an embed inside a new paragraph',
    marker: 'HOSTILE new embed',
    edit: (doc) => {
      const run = new Y.XmlText('Looks fine');
      run.insertEmbed(0, { image: 'HOSTILE new embed' });
      const paragraph = new Y.XmlElement('operativeParagraph');
      paragraph.setAttribute('pid', newPid());
      paragraph.insert(0, [run]);
      insertAfterFirstOperative(doc, paragraph);
    },
    expectedCode: CLOSE_INVALID_UPDATE,
  },
  {
    // The editor strips only an 8-character hash after "--"; any other suffix names a mark it does not know.
    name: 'a known mark with a suffix the editor does not strip',
    marker: 'bold--HOSTILE',
    edit: (doc) => (operativeParagraphs(doc)[0]!.get(0) as Y.XmlText).format(0, 4, { 'bold--HOSTILE': true }),
    expectedCode: CLOSE_INVALID_UPDATE,
  },
];
