import { useCallback, useEffect, useRef, useState } from 'react';
import { listProposals, type Proposal } from '../api/proposals.ts';
import { useLiveEvents } from '../live/useLiveEvents.ts';

export interface DocumentProposals {
  proposals: Proposal[];
  loaded: boolean;
  error: string | null;
  reload: () => void;
  /** Puts the server's answer to an action in place at once, before the live event's refetch. */
  replace: (proposal: Proposal) => void;
}

/** Live events arriving together (an acceptance rebases others) cause one refetch. */
const COALESCE_MS = 60;

/**
 * The document's proposals as the caller may see them, kept live: every `proposal.changed` event and
 * every reconnection of the event stream refetches the list; the newest answer wins.
 */
export function useDocumentProposals(documentId: string): DocumentProposals {
  const [proposals, setProposals] = useState<Proposal[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const generation = useRef(0);
  const timer = useRef<number | undefined>(undefined);

  const reload = useCallback(() => {
    const mine = ++generation.current;
    listProposals(documentId).then(
      (list) => {
        if (mine !== generation.current) return;
        setProposals(list);
        setLoaded(true);
        setError(null);
      },
      (failure: unknown) => {
        if (mine !== generation.current) return;
        setError(failure instanceof Error ? failure.message : String(failure));
      },
    );
  }, [documentId]);

  const scheduleReload = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(reload, COALESCE_MS);
  }, [reload]);

  useEffect(() => {
    reload();
    return () => {
      generation.current++;
      window.clearTimeout(timer.current);
    };
  }, [reload]);

  useLiveEvents({ 'proposal.changed': scheduleReload }, { documentId, onReconnect: scheduleReload });

  const replace = useCallback((proposal: Proposal) => {
    setProposals((list) => {
      const index = list.findIndex((p) => p.id === proposal.id);
      if (index === -1) return [...list, proposal].sort((a, b) => a.seq - b.seq);
      const next = [...list];
      next[index] = proposal;
      return next;
    });
  }, []);

  return { proposals, loaded, error, reload, replace };
}
