import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import type { Proposal } from '../api/proposals.ts';

interface Props {
  proposals: readonly Proposal[];
  loaded: boolean;
  /** Brings the proposal forward: its card in the panel, its paragraph in the text. */
  open: (proposal: Proposal) => void;
  /** The link names a proposal this reader cannot see (any more). */
  missing: () => void;
}

/**
 * Opens the proposal named by `?proposal=` (a notification's link) once the proposals are loaded, then drops
 * the parameter so that the address stays the document's.
 */
export function useProposalLink({ proposals, loaded, open, missing }: Props): void {
  const [params, setParams] = useSearchParams();
  const wanted = params.get('proposal');

  useEffect(() => {
    if (!wanted || !loaded) return;
    const proposal = proposals.find((p) => p.id === wanted);
    if (proposal) open(proposal);
    else missing();
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete('proposal');
        return next;
      },
      { replace: true },
    );
  }, [wanted, loaded, proposals, open, missing, setParams]);
}
