import { useState } from 'react';
import type { Proposal } from '../api/proposals.ts';

export interface ProposalAction {
  /** The action in flight, if any: its buttons are disabled meanwhile. */
  busy: string | null;
  error: string | null;
  /** Runs an action; the proposal it answers with replaces the shown one. Resolves to whether it worked. */
  run: (name: string, action: () => Promise<Proposal>) => Promise<boolean>;
  /** Shows a problem found before sending, or clears it (null). */
  fail: (message: string | null) => void;
}

export function useProposalAction(onChanged: (proposal: Proposal) => void): ProposalAction {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (name: string, action: () => Promise<Proposal>) => {
    setBusy(name);
    setError(null);
    try {
      onChanged(await action());
      return true;
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      return false;
    } finally {
      setBusy(null);
    }
  };

  return { busy, error, run, fail: setError };
}

/** The first message of a failed validation, worded for the person filling the form. */
export function firstIssue(result: { success: boolean; error?: { issues: readonly { message: string }[] } }): string | null {
  return result.success ? null : (result.error?.issues[0]?.message ?? 'This value is not valid.');
}
