import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';

/** The headers a browser sends on the upgrade of a page served by `baseUrl`: its Origin and the session cookie. */
export function browserUpgradeHeaders(baseUrl: string, cookie: string): Record<string, string> {
  return { origin: new URL(baseUrl).origin, ...(cookie ? { cookie } : {}) };
}

/** A `ws` WebSocket that sends what a browser would on the upgrade request. */
function browserLikeWebSocket(headers: Record<string, string>) {
  return class BrowserLikeWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  };
}

export interface SyncClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  synced: Promise<void>;
  destroy(): void;
}

/**
 * A stock y-websocket provider connected to `/sync/:documentId` as the user behind `cookie`; on `doc` when given (a
 * client that comes back after the server restarted, holding what it had).
 */
export function connectSyncClient(baseUrl: string, documentId: string, cookie: string, doc = new Y.Doc()): SyncClient {
  const wsUrl = baseUrl.replace(/^http/, 'ws') + '/sync';
  const provider = new WebsocketProvider(wsUrl, documentId, doc, {
    WebSocketPolyfill: browserLikeWebSocket(browserUpgradeHeaders(baseUrl, cookie)) as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve();
    else provider.once('sync', (isSynced: boolean) => isSynced && resolve());
  });
  return {
    doc,
    provider,
    synced,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Polls until `check` passes or the time runs out; returns the last error otherwise. */
export async function eventually(check: () => void | Promise<void>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}
