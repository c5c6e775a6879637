import * as Y from 'yjs';
import type { WebsocketProvider } from 'y-websocket';

import { MESSAGE_SYNC } from '@plenary/shared/protocol/index';
const SYNC_STEP_1 = 0;

/** Reads a lib0 varUint at `pos`; returns the value and the position after it. */
function readVarUint(bytes: Uint8Array, pos: number): [number, number] {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[pos++];
    if (byte === undefined) throw new RangeError('Truncated sync message');
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return [value, pos];
    shift += 7;
  }
}

interface Lib0Decoder {
  arr: Uint8Array;
  pos: number;
}

/**
 * Learns which of this client's edits the server holds, from the sync messages it sends: its state
 * vector (sync step 1, on every connection) and the updates it broadcasts, which include the
 * sender's own once they are stored. The y-websocket protocol has no acknowledgement of its own.
 *
 * Deletions do not advance a Yjs clock, so edits made while disconnected are also tracked
 * separately until the next full sync has sent them.
 */
export class ServerAcknowledgements {
  private readonly serverClocks = new Map<number, number>();
  private editedWhileDisconnected = false;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly provider: WebsocketProvider,
    private readonly doc: Y.Doc,
  ) {
    const handleSync = provider.messageHandlers[MESSAGE_SYNC];
    if (!handleSync) throw new Error('The provider has no sync message handler.');
    provider.messageHandlers[MESSAGE_SYNC] = (encoder, decoder, ...rest) => {
      this.observe(decoder);
      handleSync(encoder, decoder, ...rest);
    };
    doc.on('update', this.handleLocalUpdate);
    provider.on('sync', this.handleSynced);
  }

  /** True while some local edit is not known to be stored on the server. */
  get hasUnsent(): boolean {
    if (this.editedWhileDisconnected) return true;
    const local = Y.getState(this.doc.store, this.doc.clientID);
    return local > (this.serverClocks.get(this.doc.clientID) ?? 0);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  destroy(): void {
    this.doc.off('update', this.handleLocalUpdate);
    this.provider.off('sync', this.handleSynced);
    this.listeners.clear();
  }

  private observe(decoder: Lib0Decoder): void {
    try {
      const [syncType, afterType] = readVarUint(decoder.arr, decoder.pos);
      const [length, start] = readVarUint(decoder.arr, afterType);
      const payload = decoder.arr.subarray(start, start + length);
      const clocks = syncType === SYNC_STEP_1 ? Y.decodeStateVector(payload) : Y.parseUpdateMeta(payload).to;
      let changed = false;
      for (const [client, clock] of clocks) {
        if (clock > (this.serverClocks.get(client) ?? 0)) {
          this.serverClocks.set(client, clock);
          changed = true;
        }
      }
      if (changed) queueMicrotask(() => this.notify());
    } catch {
      // A message we cannot read only means we learn nothing from it; y-websocket still handles it.
    }
  }

  private readonly handleLocalUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin === this.provider) return;
    if (!this.provider.wsconnected || !this.provider.synced) this.editedWhileDisconnected = true;
    this.notify();
  };

  private readonly handleSynced = (synced: boolean) => {
    if (synced) this.editedWhileDisconnected = false;
    this.notify();
  };

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
