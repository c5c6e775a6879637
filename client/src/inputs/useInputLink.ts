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
}

/** Opens the input named by `?input=` (a notification's link) once the inputs are loaded, then drops the parameter. */
export function useInputLink({ inputs, loaded, open, missing }: Props): void {
  const [params, setParams] = useSearchParams();
  const wanted = params.get('input');

  useEffect(() => {
    if (!wanted || !loaded) return;
    const input = inputs.find((candidate) => candidate.id === wanted);
    if (input) open(input);
    else missing();
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete('input');
        return next;
      },
      { replace: true },
    );
  }, [wanted, loaded, inputs, open, missing, setParams]);
}
