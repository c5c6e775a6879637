import type { Position } from '@plenary/shared/domain/index';
import { MAX_REASON } from '@plenary/shared/validation/limits';
import { useState } from 'react';
import { proposalActions, type Proposal } from '../api/proposals.ts';
import { firstIssue, type ProposalAction } from './useProposalAction.ts';
import { loadValidation } from '../lib/validation.ts';

interface Props {
  proposal: Proposal;
  action: ProposalAction;
}

/** Support or oppose ("can live with" is support) with an optional one-line reason, or withdraw the position. */
export function PositionControls({ proposal, action }: Props) {
  const [reason, setReason] = useState('');
  const current = proposal.viewer.position;

  const take = async (position: Position) => {
    const { proposalReason } = await loadValidation();
    const problem = firstIssue(proposalReason.safeParse(reason));
    if (problem) return action.fail(problem);
    const ok = await action.run(position, () => proposalActions[position](proposal.id, reason));
    if (ok) setReason('');
  };

  // Once a problem shows, each change is checked again, so it goes as soon as the reason is right.
  const change = async (value: string) => {
    setReason(value);
    if (!action.error) return;
    const { proposalReason } = await loadValidation();
    action.fail(firstIssue(proposalReason.safeParse(value)));
  };

  return (
    <div className="proposal-actions__position">
      {current && (
        <p className="proposal-actions__current" data-testid="my-position">
          Your delegation {current === 'support' ? 'supports' : 'opposes'} this proposal.
        </p>
      )}
      <input
        type="text"
        className="proposal-actions__reason"
        placeholder="Reason (optional, one line)"
        aria-label="Reason for your position (optional)"
        maxLength={MAX_REASON}
        value={reason}
        onChange={(event) => void change(event.target.value)}
        data-testid="position-reason"
      />
      <div className="proposal-actions__row">
        <button
          type="button"
          className="button button--small"
          aria-pressed={current === 'support'}
          disabled={action.busy !== null}
          onClick={() => void take('support')}
          data-testid="support-button"
        >
          Support
        </button>
        <button
          type="button"
          className="button button--small"
          aria-pressed={current === 'oppose'}
          disabled={action.busy !== null}
          onClick={() => void take('oppose')}
          data-testid="oppose-button"
        >
          Oppose
        </button>
        {current && (
          <button
            type="button"
            className="link-button proposal-actions__withdraw-position"
            disabled={action.busy !== null}
            onClick={() => void action.run('position', () => proposalActions.withdrawPosition(proposal.id))}
            data-testid="withdraw-position-button"
          >
            Withdraw my position
          </button>
        )}
      </div>
    </div>
  );
}
