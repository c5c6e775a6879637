import { useCallback, useEffect, useState } from 'react';
import { getAuditLog, type AuditEntry, type AuditLog } from '../api/audit.ts';
import type { AuditFilters } from './auditFilters.ts';

const PAGE_SIZE = 50;

export interface AuditLogState {
  entries: readonly AuditEntry[];
  /** The people, stakeholders and actions to filter by: the last ones the server sent. */
  options: AuditLog['filters'] | null;
  hasOlder: boolean;
  /** The first page of these filters is on its way (what was shown before stays meanwhile). */
  loading: boolean;
  loadingOlder: boolean;
  /** The first page could not be read. */
  error: Error | null;
  /** An older page could not be read; what is shown stays. */
  olderError: Error | null;
  loadOlder: () => void;
  reload: () => void;
}

/** What the server answered for one request key (the document, the filters and the attempt). */
interface Reading {
  key: string;
  entries: readonly AuditEntry[];
  nextCursor: number | null;
  options: AuditLog['filters'] | null;
  error: Error | null;
}

interface OlderReading {
  key: string;
  loading: boolean;
  error: Error | null;
}

const asError = (cause: unknown) => (cause instanceof Error ? cause : new Error(String(cause)));

/**
 * The audit log of a document, newest first, a page at a time: changing the filters reads the first page again;
 * `loadOlder` appends the next. Every answer is kept with the key it was asked for, so one for filters no
 * longer shown is never mistaken for the current one.
 */
export function useAuditLog(documentId: string, filters: AuditFilters, enabled: boolean): AuditLogState {
  const [attempt, setAttempt] = useState(0);
  const [reading, setReading] = useState<Reading | null>(null);
  const [older, setOlder] = useState<OlderReading | null>(null);
  const { user, stakeholder, action, pid } = filters;
  const key = JSON.stringify([documentId, user, stakeholder, action, pid, attempt]);

  useEffect(() => {
    if (!enabled) return;
    const abort = new AbortController();
    getAuditLog(documentId, { user, stakeholder, action, pid, limit: PAGE_SIZE }, abort.signal).then(
      (log) => setReading({ key, entries: log.entries, nextCursor: log.nextCursor, options: log.filters, error: null }),
      (cause: unknown) => {
        if (abort.signal.aborted) return;
        setReading((shown) => ({ key, entries: [], nextCursor: null, options: shown?.options ?? null, error: asError(cause) }));
      },
    );
    return () => abort.abort();
  }, [enabled, key, documentId, user, stakeholder, action, pid]);

  const current = reading?.key === key ? reading : null;
  const olderNow = older?.key === key ? older : null;

  const loadOlder = useCallback(() => {
    const before = current?.nextCursor ?? null;
    if (before === null || olderNow?.loading) return;
    setOlder({ key, loading: true, error: null });
    getAuditLog(documentId, { user, stakeholder, action, pid, before, limit: PAGE_SIZE }).then(
      (log) => {
        setReading((shown) =>
          shown?.key === key
            ? { ...shown, entries: [...shown.entries, ...log.entries], nextCursor: log.nextCursor, options: log.filters }
            : shown,
        );
        setOlder({ key, loading: false, error: null });
      },
      (cause: unknown) => setOlder({ key, loading: false, error: asError(cause) }),
    );
  }, [current?.nextCursor, olderNow?.loading, key, documentId, user, stakeholder, action, pid]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  return {
    entries: current?.entries ?? reading?.entries ?? [],
    options: reading?.options ?? null,
    hasOlder: (current?.nextCursor ?? null) !== null,
    loading: enabled && current === null,
    loadingOlder: olderNow?.loading ?? false,
    error: current?.error ?? null,
    olderError: olderNow?.error ?? null,
    loadOlder,
    reload,
  };
}
