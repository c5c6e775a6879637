import { createContext, useContext } from 'react';
import type { Proposal } from '../api/proposals.ts';
import type { DeferredDecisions } from './useDeferredDecisions.ts';

/** The pending proposals a pen-holder ticked for one decision on all of them: always of one paragraph. */
export interface DecisionSelection {
  pid: string | null;
  ids: ReadonlySet<string>;
  toggle: (proposal: Proposal) => void;
  clear: () => void;
}

/**
 * What the proposal cards need of the decisions: the undo queue and the batch selection. Kept by the layer,
 * so that switching sidebar tabs loses neither.
 */
export interface DecisionDesk {
  decisions: DeferredDecisions;
  selection: DecisionSelection;
}

export const DecisionDeskContext = createContext<DecisionDesk | null>(null);

export function useDecisionDesk(): DecisionDesk {
  const desk = useContext(DecisionDeskContext);
  if (!desk) throw new Error('useDecisionDesk outside the proposals panel');
  return desk;
}
