export interface BoundedMapOptions<V> {
  /** Most keys held at once. */
  capacity: number;
  /** An entry that remembers nothing worth keeping; dropped first when the map is full. */
  isIdle(value: V, now: number): boolean;
  /** An entry that must not be dropped at all (an attempt is still being verified). */
  isBusy(value: V): boolean;
}

/**
 * A map of per-key limiter state that cannot grow without bound: when full, it drops idle entries, then the
 * least recently used ones that are not busy. Every `get` and `set` counts as a use.
 */
export class BoundedMap<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly options: BoundedMapOptions<V>) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) this.use(key, value);
    return value;
  }

  set(key: string, value: V, now: number): void {
    this.use(key, value);
    if (this.entries.size > this.options.capacity) this.makeRoom(key, now);
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  private use(key: string, value: V): void {
    // A Map iterates in insertion order: moving the key to the end keeps the least recently used first.
    this.entries.delete(key);
    this.entries.set(key, value);
  }

  /** Frees a tenth of the capacity at once, so a full map is swept rarely rather than on every insert. */
  private makeRoom(keep: string, now: number): void {
    const target = Math.floor(this.options.capacity * 0.9);
    for (const [key, value] of this.entries) if (key !== keep && this.options.isIdle(value, now)) this.entries.delete(key);
    for (const [key, value] of this.entries) {
      if (this.entries.size <= target) break;
      if (key !== keep && !this.options.isBusy(value)) this.entries.delete(key);
    }
  }
}
