import { proposalActions, type Proposal } from '../api/proposals.ts';
import { DecisionControls } from './DecisionControls.tsx';
import { PositionControls } from './PositionControls.tsx';
import { useProposalAction } from './useProposalAction.ts';

interface Props {
  proposal: Proposal;
  /** The paragraph moved on since the proposal was written: its author may re-table it. */
  outdated: boolean;
  onChanged: (proposal: Proposal) => void;
  onRetable: (proposal: Proposal) => void;
}

/** What the reader's delegation may do with a pending proposal, as the server says. */
export function ProposalActions({ proposal, outdated, onChanged, onRetable }: Props) {
  const action = useProposalAction(onChanged);
  const { viewer } = proposal;
  if (proposal.status !== 'tabled') return null;
  const invitation = viewer.cosponsorship?.status === 'invited' ? viewer.cosponsorship : null;
  const nothing = !invitation && !viewer.canTakePosition && !viewer.canWithdraw && !viewer.canDecide;
  if (nothing && !action.error) return null;

  return (
    <div className="proposal-actions">
      {invitation && (
        <div className="proposal-actions__row" data-testid="cosponsor-invitation">
          <span className="proposal-actions__prompt">Co-sponsor this proposal?</span>
          <button
            type="button"
            className="button button--small button--primary"
            disabled={action.busy !== null}
            onClick={() => void action.run('confirm', () => proposalActions.confirmCosponsorship(proposal.id, invitation.stakeholderId))}
            data-testid="cosponsor-confirm-button"
          >
            Confirm
          </button>
          <button
            type="button"
            className="button button--small button--secondary"
            disabled={action.busy !== null}
            onClick={() => void action.run('decline', () => proposalActions.declineCosponsorship(proposal.id, invitation.stakeholderId))}
            data-testid="cosponsor-decline-button"
          >
            Decline
          </button>
        </div>
      )}
      {viewer.canTakePosition && <PositionControls proposal={proposal} action={action} />}
      {viewer.canWithdraw && (
        <div className="proposal-actions__row">
          {outdated && proposal.kind !== 'delete' && (
            <button
              type="button"
              className="button button--small button--primary"
              onClick={() => onRetable(proposal)}
              data-testid="retable-button"
            >
              Re-table…
            </button>
          )}
          <button
            type="button"
            className="button button--small button--secondary"
            disabled={action.busy !== null}
            onClick={() => {
              if (window.confirm('Withdraw this proposal? It will no longer be on the table.')) {
                void action.run('withdraw', () => proposalActions.withdraw(proposal.id));
              }
            }}
            data-testid="withdraw-button"
          >
            Withdraw proposal
          </button>
        </div>
      )}
      {viewer.canDecide && <DecisionControls proposal={proposal} action={action} />}
      {action.error && (
        <p className="proposal-actions__error" role="alert" data-testid="proposal-action-error">
          {action.error}
        </p>
      )}
    </div>
  );
}
