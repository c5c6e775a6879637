import { useCallback, useMemo, useState } from 'react';
import type { Proposal } from '../api/proposals.ts';
import type { DecisionSelection } from './decisionDesk.ts';

/** Ticking proposals for a batch decision; ticking one of another paragraph starts over with it. */
export function useDecisionSelection(): DecisionSelection {
  const [state, setState] = useState<{ pid: string | null; ids: ReadonlySet<string> }>({ pid: null, ids: new Set() });

  const toggle = useCallback((proposal: Proposal) => {
    setState((current) => {
      if (current.pid !== proposal.pid) return { pid: proposal.pid, ids: new Set([proposal.id]) };
      const ids = new Set(current.ids);
      if (!ids.delete(proposal.id)) ids.add(proposal.id);
      return { pid: ids.size > 0 ? proposal.pid : null, ids };
    });
  }, []);
  const clear = useCallback(() => setState({ pid: null, ids: new Set() }), []);

  return useMemo(() => ({ ...state, toggle, clear }), [state, toggle, clear]);
}
