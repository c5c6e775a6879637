import { useState } from 'react';
import type { Proposal } from '../api/proposals.ts';
import { AcceptOverObjections, hasObjections } from './AcceptOverObjections.tsx';
import { useDecisionDesk } from './decisionDesk.ts';
import { DecisionReasonForm } from './DecisionReasonForm.tsx';
import type { DecisionDetails } from './useDeferredDecisions.ts';

interface Props {
  /** The ticked proposals still pending, in tabling order: all of one paragraph. */
  proposals: readonly Proposal[];
}

/**
 * One decision on several proposals of a paragraph: accept them all (confirmed over any objection) or reject
 * them all with one reason. Each is still sent, and recorded by the server, on its own.
 */
export function BatchDecisionBar({ proposals }: Props) {
  const { decisions, selection } = useDecisionDesk();
  const [step, setStep] = useState<'confirm-accept' | 'reject' | null>(null);
  if (proposals.length === 0) return null;
  const where = proposals[0]!.paragraphLabel ?? 'this paragraph';

  const decide = (verb: 'accept' | 'reject', details?: DecisionDetails) => {
    decisions.decide(verb, proposals, details);
    setStep(null);
    selection.clear();
  };

  return (
    <section className="batch-decision" aria-label={`Decision on ${proposals.length} proposals to ${where}`} data-testid="batch-decision">
      <p className="batch-decision__count" data-testid="batch-count">
        {proposals.length} {proposals.length === 1 ? 'proposal' : 'proposals'} to {where} selected
      </p>
      {step === 'reject' ? (
        <DecisionReasonForm
          required
          placeholder={`Reason for rejecting all ${proposals.length} (required)`}
          label="Reason for the rejection, given for each"
          submitLabel={`Reject ${proposals.length}`}
          busy={false}
          onCancel={() => setStep(null)}
          onSubmit={(reason) => decide('reject', { reason })}
        />
      ) : (
        <div className="proposal-actions__row">
          <button
            type="button"
            className="button button--small button--primary"
            onClick={() => (hasObjections(proposals) ? setStep('confirm-accept') : decide('accept'))}
            data-testid="batch-accept"
          >
            Accept {proposals.length}
            {hasObjections(proposals) ? '…' : ''}
          </button>
          <button
            type="button"
            className="button button--small button--secondary"
            onClick={() => setStep('reject')}
            data-testid="batch-reject"
          >
            Reject {proposals.length}…
          </button>
          <button type="button" className="link-button" onClick={selection.clear} data-testid="batch-clear">
            Clear selection
          </button>
        </div>
      )}
      {step === 'confirm-accept' && (
        <AcceptOverObjections
          proposals={proposals}
          onCancel={() => setStep(null)}
          onConfirm={() => decide('accept', { overObjections: true })}
        />
      )}
    </section>
  );
}
