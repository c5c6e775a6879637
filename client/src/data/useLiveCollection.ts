import { useEffect, useState, useSyncExternalStore } from 'react';
import { useLiveEvents } from '../live/useLiveEvents.ts';
import { LiveCollection, type CollectionSnapshot, type CollectionSource } from './liveCollection.ts';

export interface LiveCollectionView<T, M = undefined> extends CollectionSnapshot<T, M> {
  collection: LiveCollection<T, M>;
}

/**
 * The collection named by `source.key`, loaded on mount and kept live: the events its source names refetch
 * items or the list, and every reconnection of the event stream reloads the list (anything may have been
 * missed). A new key starts a new collection; the source given with the same key again is not looked at.
 */
export function useLiveCollection<T, M = undefined>(source: CollectionSource<T, M>): LiveCollectionView<T, M> {
  const [held, setHeld] = useState(() => new LiveCollection(source));
  let collection = held;
  if (held.source.key !== source.key) {
    collection = new LiveCollection(source);
    setHeld(collection);
  }

  useEffect(() => {
    void collection.load();
    return () => collection.cancel();
  }, [collection]);

  const { live } = collection.source;
  useLiveEvents(collection.liveHandlers, {
    documentId: live?.documentId,
    onReconnect: () => void collection.load(),
    enabled: live !== undefined,
  });

  const snapshot = useSyncExternalStore(collection.subscribe, collection.getSnapshot);
  return { ...snapshot, collection };
}

/** A collection someone else keeps (an editor plugin's, say), read in a component. */
export function useCollectionSnapshot<T, M>(collection: LiveCollection<T, M>): CollectionSnapshot<T, M> {
  return useSyncExternalStore(collection.subscribe, collection.getSnapshot);
}
