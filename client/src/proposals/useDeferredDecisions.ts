import { useCallback, useLayoutEffect, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/http.ts';
import { proposalActions, type Proposal } from '../api/proposals.ts';

/** How long a decision waits, with its Undo on screen, before it is sent. */
export const UNDO_WINDOW_MS = 8000;
/** How long the answer to a decision that went through stays on screen; failures stay until dismissed. */
const SUCCESS_SHOWN_MS = 6000;

export type DecisionVerb = 'accept' | 'reject';

/** A decision taken but not sent yet: Undo still cancels it. */
export interface PendingDecision {
  key: number;
  verb: DecisionVerb;
  /** The proposals as they read when the decision was taken, in the order they are sent. */
  proposals: readonly Proposal[];
  /** The reason of a rejection, one for all. */
  reason: string;
  /** An acceptance confirmed over the objections on record (the server refuses one that is not). */
  overObjections: boolean;
}

export interface DecisionDetails {
  reason?: string;
  overObjections?: boolean;
}

/** What the server answered for one proposal of a decision. */
export interface DecisionOutcome {
  proposal: Proposal;
  /** The error message when it was refused (409: it no longer applies). */
  error: string | null;
  status: number | null;
}

export interface DecisionReport {
  key: number;
  verb: DecisionVerb;
  outcomes: readonly DecisionOutcome[];
}

export interface DeferredDecisions {
  pending: readonly PendingDecision[];
  /** The answers of sent decisions. */
  reports: readonly DecisionReport[];
  /** Takes a decision on one or more proposals; each is sent as its own request once the undo window ends. */
  decide: (verb: DecisionVerb, proposals: readonly Proposal[], details?: DecisionDetails) => void;
  undo: (key: number) => void;
  dismiss: (key: number) => void;
  /** Whether a decision on this proposal is waiting to be sent (or being sent). */
  isDeciding: (proposalId: string) => boolean;
}

/**
 * Decisions with a way back: accepting or rejecting waits `UNDO_WINDOW_MS` before anything is sent, so a
 * slip of the mouse in a full room is undone before any delegation sees it. Leaving the page (or hiding it)
 * sends what is waiting at once, so that nothing decided is lost. `onDecided` receives each answered proposal.
 */
export function useDeferredDecisions(onDecided: (proposal: Proposal) => void): DeferredDecisions {
  const [pending, setPending] = useState<readonly PendingDecision[]>([]);
  const [sending, setSending] = useState<ReadonlySet<string>>(new Set());
  const [reports, setReports] = useState<readonly DecisionReport[]>([]);
  const timers = useRef(new Map<number, { decision: PendingDecision; timer: ReturnType<typeof setTimeout> }>());
  const nextKey = useRef(1);
  const decided = useRef(onDecided);
  useLayoutEffect(() => {
    decided.current = onDecided;
  });

  const dismiss = useCallback((key: number) => setReports((all) => all.filter((report) => report.key !== key)), []);

  const send = useCallback(
    async (key: number, leaving: boolean) => {
      const entry = timers.current.get(key);
      if (!entry) return;
      timers.current.delete(key);
      clearTimeout(entry.timer);
      const { decision } = entry;
      const ids = decision.proposals.map((p) => p.id);
      setPending((all) => all.filter((p) => p.key !== key));
      setSending((all) => new Set([...all, ...ids]));

      const one = async (proposal: Proposal): Promise<DecisionOutcome> => {
        try {
          const answer =
            decision.verb === 'accept'
              ? await proposalActions.accept(proposal.id, { keepalive: leaving, overObjections: decision.overObjections })
              : await proposalActions.reject(proposal.id, decision.reason, { keepalive: leaving });
          decided.current(answer);
          return { proposal: answer, error: null, status: null };
        } catch (failure) {
          const message = failure instanceof Error ? failure.message : String(failure);
          return { proposal, error: message, status: failure instanceof ApiError ? failure.status : null };
        }
      };
      // In turn, so that each acceptance applies to the text the previous one left; all at once when the page goes.
      const outcomes: DecisionOutcome[] = [];
      if (leaving) outcomes.push(...(await Promise.all(decision.proposals.map(one))));
      else for (const proposal of decision.proposals) outcomes.push(await one(proposal));

      setSending((all) => new Set([...all].filter((id) => !ids.includes(id))));
      setReports((all) => [...all, { key, verb: decision.verb, outcomes }]);
      if (outcomes.every((outcome) => !outcome.error)) setTimeout(() => dismiss(key), SUCCESS_SHOWN_MS);
    },
    [dismiss],
  );

  const decide = useCallback(
    (verb: DecisionVerb, proposals: readonly Proposal[], { reason = '', overObjections = false }: DecisionDetails = {}) => {
      if (proposals.length === 0) return;
      const decision: PendingDecision = { key: nextKey.current++, verb, proposals, reason, overObjections };
      const timer = setTimeout(() => void send(decision.key, false), UNDO_WINDOW_MS);
      timers.current.set(decision.key, { decision, timer });
      setPending((all) => [...all, decision]);
    },
    [send],
  );

  const undo = useCallback((key: number) => {
    const entry = timers.current.get(key);
    if (!entry) return;
    clearTimeout(entry.timer);
    timers.current.delete(key);
    setPending((all) => all.filter((p) => p.key !== key));
  }, []);

  useEffect(() => {
    const sendAll = () => {
      for (const key of [...timers.current.keys()]) void send(key, true);
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') sendAll();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', sendAll);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', sendAll);
      // Leaving the document within the app: what was decided is sent, not dropped.
      sendAll();
    };
  }, [send]);

  const isDeciding = useCallback(
    (proposalId: string) => sending.has(proposalId) || pending.some((decision) => decision.proposals.some((p) => p.id === proposalId)),
    [pending, sending],
  );

  return { pending, reports, decide, undo, dismiss, isDeciding };
}
