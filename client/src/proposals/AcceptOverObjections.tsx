import { useId } from 'react';
import type { Proposal } from '../api/proposals.ts';
import { useModalDialog } from '../components/useModalDialog.ts';
import { decisionName } from './DecisionNotices.tsx';

interface Props {
  /** The proposals about to be accepted; those with objections on record are listed. */
  proposals: readonly Proposal[];
  onConfirm: () => void;
  onCancel: () => void;
}

/** Whether accepting these proposals goes against an objection on record, and so needs a second look. */
export function hasObjections(proposals: readonly Proposal[]): boolean {
  return proposals.some((proposal) => proposal.opposers.length > 0);
}

/**
 * Accepting over objections: who opposed, with their reasons, before the co-facilitator confirms. A modal
 * dialog; Escape or Cancel leaves everything as it was, and Cancel has the focus, so Enter does too.
 */
export function AcceptOverObjections({ proposals, onConfirm, onCancel }: Props) {
  const { dialog, initialFocus: cancel } = useModalDialog();
  const titleId = useId();
  const opposed = proposals.filter((proposal) => proposal.opposers.length > 0);

  return (
    <dialog
      ref={dialog}
      className="decision-dialog"
      aria-labelledby={titleId}
      data-testid="accept-dialog"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId} className="decision-dialog__title">
        {proposals.length === 1
          ? `Accept ${decisionName(proposals[0]!)} over objections?`
          : `Accept ${proposals.length} proposals over objections?`}
      </h2>
      {opposed.map((proposal) => (
        <section
          key={proposal.id}
          className="decision-dialog__proposal"
          data-testid="accept-dialog-proposal"
          data-proposal-id={proposal.id}
        >
          <h3 className="decision-dialog__name">{decisionName(proposal)} is opposed by</h3>
          <ul className="decision-dialog__objections">
            {proposal.opposers.map((position) => (
              <li key={position.stakeholder.id} data-testid="accept-dialog-objection" data-stakeholder={position.stakeholder.id}>
                <strong>{position.stakeholder.name}</strong>
                {position.reason ? `: “${position.reason}”` : ' (no reason given)'}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <div className="decision-dialog__buttons">
        <button type="button" className="button button--primary" onClick={onConfirm} data-testid="accept-dialog-confirm">
          Accept over the objections
        </button>
        <button ref={cancel} type="button" className="button button--secondary" onClick={onCancel} data-testid="accept-dialog-cancel">
          Cancel
        </button>
      </div>
    </dialog>
  );
}
