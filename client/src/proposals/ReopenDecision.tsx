import { useId, useState } from 'react';
import { proposalActions, type Proposal } from '../api/proposals.ts';
import { decisionName } from './DecisionNotices.tsx';
import { useModalDialog } from '../components/useModalDialog.ts';
import { useProposalAction } from './useProposalAction.ts';

interface Props {
  proposal: Proposal;
  onChanged: (proposal: Proposal) => void;
}

/** What reopening does to the text, in the words of the room. */
export function reopeningOutcome(proposal: Proposal): string {
  const where = proposal.paragraphLabel ?? 'the paragraph';
  if (proposal.status === 'rejected') return 'It goes back on the table as it was tabled. The text does not change.';
  switch (proposal.kind) {
    case 'amend':
    case 'alternative':
      return `Its change to ${where} is taken back out of the text: the words it brought in give way to the words they replaced, as a change of yours. Edits made since elsewhere in ${where} stay.`;
    case 'insert-after':
      return `The paragraph it added after ${where} is removed from the text.`;
    case 'delete':
      return 'The paragraph it deleted comes back at its place, with its number, and the comments and proposals on it point at it again.';
  }
}

/**
 * A pen-holder's way back from a decision taken by mistake: "Reopen decision" on an accepted or rejected
 * proposal, confirmed in a dialog that says what happens to the text. The proposal goes back on the table; when
 * the server refuses (the words it brought are no longer there as it left them), its reason is shown.
 */
export function ReopenDecision({ proposal, onChanged }: Props) {
  const action = useProposalAction(onChanged);
  const [confirming, setConfirming] = useState(false);

  const reopen = () => {
    setConfirming(false);
    void action.run('reopen', () => proposalActions.reopen(proposal.id));
  };

  return (
    <div className="proposal-actions" data-testid="reopen-decision">
      <div className="proposal-actions__row">
        <button
          type="button"
          className="button button--small button--secondary"
          disabled={action.busy !== null}
          onClick={() => setConfirming(true)}
          data-testid="reopen-button"
        >
          {action.busy === 'reopen' ? 'Reopening…' : 'Reopen decision…'}
        </button>
      </div>
      {confirming && <ReopenDialog proposal={proposal} onConfirm={reopen} onCancel={() => setConfirming(false)} />}
      {action.error && (
        <p className="proposal-actions__error" role="alert" data-testid="reopen-error">
          Not reopened: {action.error}
        </p>
      )}
    </div>
  );
}

interface DialogProps {
  proposal: Proposal;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A modal dialog; Escape or Cancel leaves the decision as it is, and Cancel has the focus. */
function ReopenDialog({ proposal, onConfirm, onCancel }: DialogProps) {
  const { dialog, initialFocus: cancel } = useModalDialog();
  const titleId = useId();
  const outcomeId = useId();
  const accepted = proposal.status === 'accepted';

  return (
    <dialog
      ref={dialog}
      className="decision-dialog"
      aria-labelledby={titleId}
      aria-describedby={outcomeId}
      data-testid="reopen-dialog"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId} className="decision-dialog__title">
        Reopen the decision on {decisionName(proposal)}?
      </h2>
      <p id={outcomeId} data-testid="reopen-dialog-outcome">
        {reopeningOutcome(proposal)}
      </p>
      {accepted && (
        <p className="decision-dialog__note">
          Other proposals on {proposal.paragraphLabel ?? 'the paragraph'} that were rebased or marked outdated when it was accepted stay as
          they are.
        </p>
      )}
      <div className="decision-dialog__buttons">
        <button type="button" className="button button--primary" onClick={onConfirm} data-testid="reopen-dialog-confirm">
          Reopen decision
        </button>
        <button ref={cancel} type="button" className="button button--secondary" onClick={onCancel} data-testid="reopen-dialog-cancel">
          Cancel
        </button>
      </div>
    </dialog>
  );
}
