import { useMemo } from 'react';
import { isLockedStatus, type ParagraphStatus } from '@plenary/shared/domain/index';
import type { ParagraphStatusEntry, StatusCounts } from '../api/statuses.ts';
import { useLiveCollection } from '../data/useLiveCollection.ts';
import { statusSource } from './statusSource.ts';

export interface ParagraphStatuses {
  /** Paragraphs that ever had a status, by pid; any other is open. */
  byPid: ReadonlyMap<string, ParagraphStatusEntry>;
  /** The agreed paragraphs: locked against editing and proposals. */
  locked: ReadonlySet<string>;
  counts: StatusCounts | undefined;
  loaded: boolean;
  error: Error | null;
  reload: () => void;
}

export function statusOf(statuses: Pick<ParagraphStatuses, 'byPid'>, pid: string): ParagraphStatus {
  return statuses.byPid.get(pid)?.status ?? 'open';
}

/** The live statuses of a document's paragraphs. */
export function useParagraphStatuses(documentId: string): ParagraphStatuses {
  const view = useLiveCollection(statusSource(documentId));
  const { items, meta, loaded, error, collection } = view;
  return useMemo(() => {
    const byPid = new Map(items.map((entry) => [entry.pid, entry]));
    const locked = new Set(items.filter((entry) => isLockedStatus(entry.status)).map((entry) => entry.pid));
    return { byPid, locked, counts: meta, loaded, error, reload: () => void collection.load() };
  }, [items, meta, loaded, error, collection]);
}
