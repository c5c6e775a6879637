import type { LiveEvent, LiveEventOf, LiveEventType } from '@plenary/shared/protocol/index';
import { ApiError } from '../api/http.ts';
import type { LiveEventHandlers } from '../live/useLiveEvents.ts';
import { ExternalStore } from './externalStore.ts';

export interface CollectionSnapshot<T, M = undefined> {
  /** In the source's order, or the list's. */
  readonly items: readonly T[];
  /** What the list answer says besides its items (the unread count of notifications). */
  readonly meta: M | undefined;
  /** The first list has arrived. */
  readonly loaded: boolean;
  /** A list request is under way. */
  readonly loading: boolean;
  /** Why the last list request failed; cleared by the next answer. The items stay as they were. */
  readonly error: Error | null;
}

export interface ListAnswer<T, M = undefined> {
  items: readonly T[];
  meta?: M;
}

/** For each type of live event that concerns a collection: the id of the item it changed, or null to reload the list. */
export type LiveEventRoutes = { readonly [K in LiveEventType]?: (event: LiveEventOf<K>) => string | null };

/** Where a collection's items come from and what keeps them live. */
export interface CollectionSource<T, M = undefined> {
  /** The same key, the same collection: `proposals:<documentId>`. */
  key: string;
  idOf: (item: T) => string;
  fetchList: (signal: AbortSignal) => Promise<ListAnswer<T, M>>;
  /** One item by id; a 404 (gone, or no longer visible to this reader) removes it. Without it, every event reloads the list. */
  fetchOne?: (id: string, signal: AbortSignal) => Promise<T>;
  /** The order the items are kept in; without it, the list's, with new items at the end. */
  compare?: (a: T, b: T) => number;
  /** Whether an item, as just refetched, shows a change that reaches other items too: then the list is reloaded. */
  reloadAfter?: (item: T) => boolean;
  /** The live events that concern it; without them it is loaded once and left alone. */
  live?: { documentId?: string; events: LiveEventRoutes };
}

/** Events arriving together (an acceptance rebases the other proposals) are carried out once, after this long. */
const COALESCE_MS = 60;

const INITIAL = { items: [], meta: undefined, loaded: false, loading: false, error: null } as const;

/**
 * Items by id as the server lets this reader see them: `load` fetches the whole list, `refresh` one item,
 * and live events say which. Every request and local write is stamped with when it was made, and an answer
 * never overwrites what a later request (or the server's answer to an action) already put there: the newest
 * answer wins, whatever order the answers arrive in.
 */
export class LiveCollection<T, M = undefined> extends ExternalStore<CollectionSnapshot<T, M>> {
  private clock = 0;
  /** When the list the items stand on was asked for. */
  private listedAt = 0;
  /** Items written or removed since that list was asked for, and when. */
  private readonly writtenAt = new Map<string, number>();
  private metaWrittenAt = 0;
  private byId = new Map<string, T>();
  private listRequest: AbortController | null = null;
  private readonly itemRequests = new Map<string, AbortController>();
  private readonly queuedIds = new Set<string>();
  private reloadQueued = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** A handler for each type of live event the source names, for `useLiveEvents`. */
  readonly liveHandlers: LiveEventHandlers;

  constructor(readonly source: CollectionSource<T, M>) {
    super(INITIAL);
    const types = Object.keys(source.live?.events ?? {}) as LiveEventType[];
    this.liveHandlers = Object.fromEntries(types.map((type) => [type, (event: LiveEvent) => this.receive(event)]));
  }

  get(id: string): T | undefined {
    return this.byId.get(id);
  }

  /** Fetches the whole list; a newer request supersedes it. Never rejects: a failure lands in `error`. */
  load = async (): Promise<void> => {
    this.listRequest?.abort();
    const request = new AbortController();
    this.listRequest = request;
    const askedAt = ++this.clock;
    this.patch({ loading: true });
    try {
      const answer = await this.source.fetchList(request.signal);
      if (this.listRequest !== request) return;
      this.listRequest = null;
      this.takeList(answer, askedAt);
    } catch (error) {
      if (this.listRequest !== request) return;
      this.listRequest = null;
      this.patch({ loading: false, error: error instanceof Error ? error : new Error(String(error)) });
    }
  };

  /** Fetches one item again; a 404 removes it. Other failures leave it as it was, for the next event or reconnection. */
  refresh = async (id: string): Promise<void> => {
    const { fetchOne } = this.source;
    if (!fetchOne) return this.load();
    this.itemRequests.get(id)?.abort();
    const request = new AbortController();
    this.itemRequests.set(id, request);
    const askedAt = ++this.clock;
    try {
      const item = await fetchOne(id, request.signal);
      if (this.itemRequests.get(id) !== request) return;
      this.write([[id, item]], askedAt);
      if (this.source.reloadAfter?.(item)) void this.load();
    } catch (error) {
      if (this.itemRequests.get(id) !== request) return;
      if (error instanceof ApiError && error.status === 404) this.write([[id, undefined]], askedAt);
    } finally {
      if (this.itemRequests.get(id) === request) this.itemRequests.delete(id);
    }
  };

  /** Puts the server's answer to an action in place at once, ahead of the live event's refetch. */
  put(...items: T[]): void {
    const at = ++this.clock;
    this.write(
      items.map((item) => [this.source.idOf(item), item]),
      at,
    );
  }

  remove(id: string): void {
    this.write([[id, undefined]], ++this.clock);
  }

  setMeta(meta: M): void {
    this.metaWrittenAt = ++this.clock;
    this.patch({ meta });
  }

  /** Carries out a live event, together with those arriving right after it: refetches the items named, or reloads. */
  receive(event: LiveEvent): void {
    const route = this.source.live?.events[event.type] as ((event: LiveEvent) => string | null) | undefined;
    if (!route) return;
    const id = route(event);
    if (id === null || !this.source.fetchOne) this.reloadQueued = true;
    else this.queuedIds.add(id);
    this.timer ??= setTimeout(this.flush, COALESCE_MS);
  }

  /** Drops every request under way and every queued event; `load` starts again. */
  cancel(): void {
    this.listRequest?.abort();
    this.listRequest = null;
    for (const request of this.itemRequests.values()) request.abort();
    this.itemRequests.clear();
    clearTimeout(this.timer);
    this.timer = undefined;
    this.queuedIds.clear();
    this.reloadQueued = false;
    this.patch({ loading: false });
  }

  private flush = (): void => {
    this.timer = undefined;
    const ids = [...this.queuedIds];
    this.queuedIds.clear();
    if (this.reloadQueued) {
      this.reloadQueued = false;
      void this.load();
      return;
    }
    for (const id of ids) void this.refresh(id);
  };

  private takeList(answer: ListAnswer<T, M>, askedAt: number): void {
    const { idOf } = this.source;
    const listed = new Set<string>();
    const items: T[] = [];
    const keep = (id: string) => {
      const current = this.byId.get(id);
      if (current !== undefined) items.push(current);
    };
    for (const item of answer.items) {
      const id = idOf(item);
      listed.add(id);
      if ((this.writtenAt.get(id) ?? 0) > askedAt) keep(id);
      else items.push(item);
    }
    for (const [id, at] of this.writtenAt) {
      if (at < askedAt) this.writtenAt.delete(id);
      else if (!listed.has(id)) keep(id);
    }
    this.listedAt = askedAt;
    const meta = this.metaWrittenAt > askedAt ? this.getSnapshot().meta : answer.meta;
    this.publish(items, { meta, loaded: true, loading: false, error: null });
  }

  /** Writes items (undefined: removes them) unless something newer than `at` is already there. */
  private write(entries: readonly (readonly [string, T | undefined])[], at: number): void {
    const { idOf } = this.source;
    let items: T[] | null = null;
    for (const [id, item] of entries) {
      if (at <= (this.writtenAt.get(id) ?? this.listedAt)) continue;
      this.writtenAt.set(id, at);
      const current = this.byId.get(id);
      if (current === undefined && item === undefined) continue;
      items ??= [...this.getSnapshot().items];
      const index = current === undefined ? -1 : items.findIndex((existing) => idOf(existing) === id);
      if (item === undefined) items.splice(index, 1);
      else if (index === -1) items.push(item);
      else items[index] = item;
      if (item === undefined) this.byId.delete(id);
      else this.byId.set(id, item);
    }
    if (items) this.publish(items, {});
  }

  private publish(items: T[], patch: Partial<CollectionSnapshot<T, M>>): void {
    const { compare, idOf } = this.source;
    if (compare) items.sort(compare);
    this.byId = new Map(items.map((item) => [idOf(item), item]));
    this.set({ ...this.getSnapshot(), ...patch, items });
  }

  private patch(patch: Partial<CollectionSnapshot<T, M>>): void {
    const current = this.getSnapshot();
    const keys = Object.keys(patch) as (keyof CollectionSnapshot<T, M>)[];
    if (keys.every((key) => Object.is(current[key], patch[key]))) return;
    this.set({ ...current, ...patch });
  }
}
