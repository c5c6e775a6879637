import { useState } from 'react';
import { proposalActions, type Proposal } from '../api/proposals.ts';
import { AcceptOverObjections, hasObjections } from './AcceptOverObjections.tsx';
import { useDecisionDesk } from './decisionDesk.ts';
import { DecisionReasonForm } from './DecisionReasonForm.tsx';
import type { ProposalAction } from './useProposalAction.ts';

interface Props {
  proposal: Proposal;
  action: ProposalAction;
}

type Step = 'confirm-accept' | 'reject' | 'supersede' | null;

/**
 * The pen-holders' decisions: accept (confirmed when there are objections on record), reject with a reason,
 * each with a few seconds to undo before it is sent; or mark as superseded by their own wording.
 */
export function DecisionControls({ proposal, action }: Props) {
  const { decisions } = useDecisionDesk();
  const [step, setStep] = useState<Step>(null);
  const busy = action.busy !== null;

  if (decisions.isDeciding(proposal.id)) {
    return (
      <p className="proposal-actions__deciding" data-testid="decision-deciding">
        Decision taken: it is sent once the time to undo it has passed.
      </p>
    );
  }

  if (step === 'reject' || step === 'supersede') {
    const rejecting = step === 'reject';
    return (
      <DecisionReasonForm
        required={rejecting}
        placeholder={rejecting ? 'Reason for the rejection (required)' : 'Note (optional), e.g. “see compromise text”'}
        label={rejecting ? 'Reason for the rejection' : 'Why it is superseded (optional)'}
        submitLabel={rejecting ? 'Reject' : 'Mark superseded'}
        busy={busy}
        onCancel={() => setStep(null)}
        onSubmit={(reason) => {
          if (rejecting) {
            decisions.decide('reject', [proposal], { reason });
            setStep(null);
          } else {
            void action.run('supersede', () => proposalActions.supersede(proposal.id, reason)).then((ok) => ok && setStep(null));
          }
        }}
      />
    );
  }

  const accept = (overObjections = false) => decisions.decide('accept', [proposal], { overObjections });

  return (
    <div className="proposal-actions__row proposal-actions__decide">
      <button
        type="button"
        className="button button--small button--primary"
        disabled={busy}
        onClick={() => (hasObjections([proposal]) ? setStep('confirm-accept') : accept())}
        data-testid="accept-button"
      >
        {hasObjections([proposal]) ? 'Accept…' : 'Accept'}
      </button>
      <button
        type="button"
        className="button button--small button--secondary"
        disabled={busy}
        onClick={() => setStep('reject')}
        data-testid="reject-button"
      >
        Reject…
      </button>
      <button
        type="button"
        className="button button--small button--secondary"
        disabled={busy}
        onClick={() => setStep('supersede')}
        data-testid="supersede-button"
      >
        Superseded…
      </button>
      {step === 'confirm-accept' && (
        <AcceptOverObjections
          proposals={[proposal]}
          onCancel={() => setStep(null)}
          onConfirm={() => {
            setStep(null);
            accept(true);
          }}
        />
      )}
    </div>
  );
}
