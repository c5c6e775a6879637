import { CLOSE_TOO_FAST } from '@plenary/shared/protocol/index';
import { SyncRefusal } from './sync-refusal.ts';
import { BucketsByKey } from '../limits/buckets-by-key.ts';
import type { Limits } from '../limits/limits.ts';

/**
 * The sync sockets' share of the limits: how many sockets a user holds on each document, and how fast all of
 * a user's sockets together may send the text's messages. Presence is bounded per socket by the room's
 * PresenceGuard: a stock client echoes everyone's presence back, so it cannot count against its sender.
 */
export class SyncLimiter {
  private readonly messages: BucketsByKey;
  private readonly bytes: BucketsByKey;
  private readonly openSockets = new Map<string, number>();

  constructor(private readonly limits: Limits) {
    this.messages = new BucketsByKey(limits.syncMessages);
    this.bytes = new BucketsByKey(limits.syncBytes);
  }

  /** Whether the user may open one more socket on the document. */
  maySocketOpen(userId: string, documentId: string): boolean {
    return (this.openSockets.get(socketKey(userId, documentId)) ?? 0) < this.limits.syncSocketsPerDocument;
  }

  /** Counts an open socket; null when the user already holds as many as allowed. The result releases it. */
  openSocket(userId: string, documentId: string): (() => void) | null {
    if (!this.maySocketOpen(userId, documentId)) return null;
    const key = socketKey(userId, documentId);
    this.openSockets.set(key, (this.openSockets.get(key) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.openSockets.get(key) ?? 1) - 1;
      if (left > 0) this.openSockets.set(key, left);
      else this.openSockets.delete(key);
    };
  }

  /** Counts one text message of `size` bytes against the user's rate; throws a SyncRefusal when it is over. */
  countTextMessage(userId: string, size: number): void {
    if (this.messages.take(userId) > 0 || this.bytes.take(userId, size) > 0) {
      throw new SyncRefusal(CLOSE_TOO_FAST, 'Changes sent faster than the server accepts: reconnect in a moment');
    }
  }
}

function socketKey(userId: string, documentId: string): string {
  return `${userId} ${documentId}`;
}
