import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket, { type ClientOptions } from 'ws';
import { MESSAGE_AWARENESS } from '@plenary/shared/protocol/index';
import { browserUpgradeHeaders } from './sync-client.ts';

export interface PresenceEntry {
  clientId: number;
  clock: number;
  /** The state as JSON text, sent as is (so a test can send any size or any garbage); null removes it. */
  state: string | null;
}

/** A bare `ws` socket on `/sync/:id` that speaks y-websocket by hand, as an attacker's script would. */
export interface RawSyncSocket {
  ws: WebSocket;
  /** Presence this socket was sent, latest state per client id (null once removed). */
  presence: Map<number, unknown>;
  /** Bytes of presence messages this socket was sent. */
  presenceBytesReceived: number;
  closed: Promise<{ code: number; reason: string }>;
  sendPresence(...entries: PresenceEntry[]): void;
}

export function encodePresenceMessage(entries: PresenceEntry[]): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, entries.length);
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(update, clientId);
    encoding.writeVarUint(update, clock);
    encoding.writeVarString(update, state ?? 'null');
  }
  const message = encoding.createEncoder();
  encoding.writeVarUint(message, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(message, encoding.toUint8Array(update));
  return encoding.toUint8Array(message);
}

/** Opens the socket as the user behind `cookie` with the page's Origin, and resolves once it is open. */
export async function openRawSyncSocket(
  baseUrl: string,
  documentId: string,
  cookie: string,
  options: ClientOptions = {},
): Promise<RawSyncSocket> {
  const ws = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/sync/${documentId}`, {
    ...options,
    headers: browserUpgradeHeaders(baseUrl, cookie),
  });
  const socket: RawSyncSocket = {
    ws,
    presence: new Map(),
    presenceBytesReceived: 0,
    closed: new Promise((resolve) => ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() }))),
    sendPresence: (...entries) => ws.send(encodePresenceMessage(entries)),
  };
  ws.on('message', (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    if (decoding.readVarUint(decoder) !== MESSAGE_AWARENESS) return;
    socket.presenceBytesReceived += data.length;
    const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
    const count = decoding.readVarUint(update);
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(update);
      decoding.readVarUint(update);
      socket.presence.set(clientId, JSON.parse(decoding.readVarString(update)));
    }
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('unexpected-response', (_req, res) => reject(new Error(`Upgrade refused: ${res.statusCode}`)));
    ws.once('error', reject);
  });
  return socket;
}

/** The HTTP status of a refused upgrade (rejects if the socket opens). */
export function upgradeRefusal(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const ws = new WebSocket(url, { headers });
    ws.on('unexpected-response', (req, res) => {
      resolve(res.statusCode!);
      req.destroy();
    });
    ws.on('open', () => {
      ws.close();
      reject(new Error('socket was accepted'));
    });
    ws.on('error', () => {});
  });
}
