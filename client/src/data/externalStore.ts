/**
 * State that lives outside React, read by components through `useSyncExternalStore(store.subscribe,
 * store.getSnapshot)` and by editor plugins directly. Every change replaces the snapshot, so a snapshot
 * that did not change is the same object.
 */
export class ExternalStore<S> {
  private snapshot: S;
  private readonly listeners = new Set<() => void>();

  constructor(initial: S) {
    this.snapshot = initial;
  }

  getSnapshot = (): S => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  protected set(next: S): void {
    if (next === this.snapshot) return;
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }
}
