import { useState } from 'react';
import { proposalActions, type Proposal } from '../api/proposals.ts';
import { firstIssue, type ProposalAction } from './useProposalAction.ts';
import { loadValidation } from '../lib/validation.ts';

interface Props {
  proposal: Proposal;
  action: ProposalAction;
}

type Closing = 'reject' | 'supersede' | null;

/** The pen-holders' decisions: accept, reject with a reason, or mark as superseded by their own wording. */
export function DecisionControls({ proposal, action }: Props) {
  const [closing, setClosing] = useState<Closing>(null);
  const [reason, setReason] = useState('');
  const busy = action.busy !== null;

  const close = async () => {
    const { proposalReason, rejectProposalInput } = await loadValidation();
    const problem = firstIssue(closing === 'reject' ? rejectProposalInput.safeParse({ reason }) : proposalReason.safeParse(reason));
    if (problem) return action.fail(problem);
    const ok = await action.run(closing!, () =>
      closing === 'reject' ? proposalActions.reject(proposal.id, reason.trim()) : proposalActions.supersede(proposal.id, reason),
    );
    if (ok) setClosing(null);
  };

  if (closing) {
    return (
      <form
        className="proposal-actions__decision"
        onSubmit={(event) => {
          event.preventDefault();
          void close();
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setClosing(null);
        }}
      >
        <input
          type="text"
          className="proposal-actions__reason"
          placeholder={closing === 'reject' ? 'Reason for the rejection (required)' : 'Note (optional), e.g. “see compromise text”'}
          aria-label={closing === 'reject' ? 'Reason for the rejection' : 'Why it is superseded (optional)'}
          maxLength={280}
          autoFocus
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          data-testid="decision-reason"
        />
        <div className="proposal-actions__row">
          <button type="submit" className="button button--small button--primary" disabled={busy} data-testid="decision-confirm">
            {closing === 'reject' ? 'Reject' : 'Mark superseded'}
          </button>
          <button type="button" className="button button--small button--secondary" disabled={busy} onClick={() => setClosing(null)}>
            Cancel
          </button>
        </div>
      </form>
    );
  }

  return (
    <div className="proposal-actions__row proposal-actions__decide">
      <button
        type="button"
        className="button button--small button--primary"
        disabled={busy}
        onClick={() => void action.run('accept', () => proposalActions.accept(proposal.id))}
        data-testid="accept-button"
      >
        {action.busy === 'accept' ? 'Accepting…' : 'Accept'}
      </button>
      <button type="button" className="button button--small button--secondary" disabled={busy} onClick={() => setClosing('reject')} data-testid="reject-button">
        Reject…
      </button>
      <button type="button" className="button button--small button--secondary" disabled={busy} onClick={() => setClosing('supersede')} data-testid="supersede-button">
        Superseded…
      </button>
    </div>
  );
}
