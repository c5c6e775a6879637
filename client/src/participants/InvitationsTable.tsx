import { useState } from 'react';
import type { InvitationState } from '@plenary/shared/api/index';
import { revokeInvitation, type Invitation } from '../api/admin.ts';
import { formatDateTime } from '../lib/dates.ts';
import { messageOf } from './problems.ts';

interface Props {
  invitations: readonly Invitation[];
  onChanged: () => void;
}

const STATE_LABELS: Record<InvitationState, string> = {
  pending: 'Pending',
  accepted: 'Accepted',
  expired: 'Expired',
  revoked: 'Withdrawn',
};

/** The links handed out to join the process or set a new password, newest first, and what became of each. */
export function InvitationsTable({ invitations, onChanged }: Props) {
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ kind: 'done' | 'error'; text: string } | null>(null);

  const withdraw = async (invitation: Invitation) => {
    setBusy(invitation.id);
    setNotice(null);
    try {
      await revokeInvitation(invitation.id);
      setNotice({ kind: 'done', text: `The link for ${invitation.email} is withdrawn.` });
      onChanged();
    } catch (failure) {
      setNotice({ kind: 'error', text: `Not withdrawn: ${messageOf(failure)}` });
    } finally {
      setBusy(null);
    }
  };

  const pending = invitations.filter((i) => i.state === 'pending').length;
  return (
    <>
      <p className="participants__count" data-testid="invitations-count">
        {invitations.length === 1 ? '1 link' : `${invitations.length} links`} handed out, {pending} pending.
      </p>
      <p
        aria-live="polite"
        className={notice?.kind === 'error' ? 'participants__error' : 'participants__notice'}
        data-testid="invitations-notice"
      >
        {notice?.text ?? ''}
      </p>
      <div className="participants__scroll">
        <table className="participants-table" data-testid="invitations-table">
          <caption className="visually-hidden">Invitations and password links, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Capacity</th>
              <th scope="col">For</th>
              <th scope="col">State</th>
              <th scope="col">E-mailed</th>
              <th scope="col">Made</th>
              <th scope="col">Expires</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {invitations.map((invitation) => (
              <tr key={invitation.id} data-testid="invitation-row" data-email={invitation.email} data-state={invitation.state}>
                <th scope="row">
                  <span className="participants-table__name">{invitation.name}</span>
                  <span className="participants-table__email">{invitation.email}</span>
                </th>
                <td>
                  {invitation.stakeholder.name}, {invitation.roleLabel}
                </td>
                <td>{invitation.purpose === 'join' ? 'Joining' : 'New password'}</td>
                <td>
                  <span className={`participants-state participants-state--${invitation.state}`} data-testid="invitation-state">
                    {STATE_LABELS[invitation.state]}
                  </span>
                  {invitation.acceptedAt && <span className="participants-table__email">{formatDateTime(invitation.acceptedAt)}</span>}
                </td>
                <td>{invitation.mailed ? 'Yes' : 'No'}</td>
                <td>
                  {formatDateTime(invitation.createdAt)}
                  <span className="participants-table__email">by {invitation.createdBy}</span>
                </td>
                <td>{formatDateTime(invitation.expiresAt)}</td>
                <td>
                  {invitation.state === 'pending' && (
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      disabled={busy !== null}
                      aria-label={`Withdraw the link for ${invitation.email}`}
                      onClick={() => void withdraw(invitation)}
                      data-testid="invitation-withdraw"
                    >
                      {busy === invitation.id ? 'Withdrawing…' : 'Withdraw'}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
