import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import type { TechnicalInput } from '../api/inputs.ts';

interface Props {
  inputs: readonly TechnicalInput[];
  loaded: boolean;
  /** Brings the input forward: its card in the panel, its paragraph in the text. */
  open: (input: TechnicalInput) => void;
  /** The link names an input this reader cannot see (any more). */
  missing: () => void;
  /** The link asks for the Inputs tab (`?inputs`, an input notification's link). */
  showAll: () => void;
}

/**
 * Opens the input named by `?input=` once the inputs are loaded, or the Inputs tab for `?inputs`, then drops the
 * parameter so that the address stays the document's.
 */
export function useInputLink({ inputs, loaded, open, missing, showAll }: Props): void {
  const [params, setParams] = useSearchParams();
  const wanted = params.get('input');
  const wantsAll = params.has('inputs');

  useEffect(() => {
    if ((!wanted && !wantsAll) || !loaded) return;
    const input = wanted ? inputs.find((candidate) => candidate.id === wanted) : undefined;
    if (input) open(input);
    else if (wanted) missing();
    else showAll();
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete('input');
        next.delete('inputs');
        return next;
      },
      { replace: true },
    );
  }, [wanted, wantsAll, loaded, inputs, open, missing, showAll, setParams]);
}
