import type { LiveEvent } from '@plenary/shared/protocol/index';
import type { User } from '../db/types.ts';

/**
 * A change clients should learn about, one of the shared live events (ids and kinds, never confidential
 * content: a client that receives one refetches through the REST API, which filters by what the reader may
 * see). `audience` still decides who is told at all, so not even the existence of a private thread leaks.
 */
export type Announcement = LiveEvent & { audience: (user: User) => boolean };

export interface Subscriber {
  user: User;
  send(event: LiveEvent): void;
}

/** Fans live events out to the open event streams of the users allowed to receive them. */
export class EventHub {
  private readonly subscribers = new Set<Subscriber>();

  subscribe(subscriber: Subscriber): () => void {
    this.subscribers.add(subscriber);
    return () => this.subscribers.delete(subscriber);
  }

  publish(event: Announcement): void {
    const { audience, ...message } = event;
    for (const subscriber of this.subscribers) {
      let allowed = false;
      try {
        allowed = audience(subscriber.user);
      } catch (error) {
        console.error('Event audience check failed', error);
      }
      if (allowed) subscriber.send(message);
    }
  }

  get size(): number {
    return this.subscribers.size;
  }
}
