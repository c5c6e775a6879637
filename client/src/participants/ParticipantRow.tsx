import { useEffect, useRef, useState } from 'react';
import { accountActions, type CreatedInvitation, type Participant } from '../api/admin.ts';
import type { StakeholderOption } from '../api/proposals.ts';
import { formatDateTime } from '../lib/dates.ts';
import { CapacityEditor } from './CapacityEditor.tsx';
import { CreatedLinks } from './CreatedLinks.tsx';
import { messageOf } from './problems.ts';

interface Props {
  processId: string;
  participant: Participant;
  /** The secretariat's own row: the server refuses changing one's own account. */
  self: boolean;
  stakeholders: readonly StakeholderOption[];
  onChanged: (participant: Participant) => void;
  /** A new password link was made: the invitations list shows it. */
  onLinkMade: () => void;
}

type Open = 'capacity' | 'confirm-deactivate' | null;

export const COLUMNS = 7;

function signInMethod(p: Participant): string {
  if (p.identityLinked && p.hasPassword) return 'Password and identity provider';
  if (p.identityLinked) return 'Identity provider';
  if (p.hasPassword) return 'Password';
  return 'Not set up yet';
}

const devices = (n: number) => (n === 0 ? 'Not signed in' : n === 1 ? 'Signed in on 1 device' : `Signed in on ${n} devices`);

/** One person of the process, with what the secretariat can do to their account, each change confirmed by the server. */
export function ParticipantRow({ processId, participant: p, self, stakeholders, onChanged, onLinkMade }: Props) {
  const [open, setOpen] = useState<Open>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ kind: 'done' | 'error'; text: string } | null>(null);
  const [link, setLink] = useState<CreatedInvitation | null>(null);
  const actions = useRef<HTMLTableCellElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open === 'confirm-deactivate') confirmButton.current?.focus();
  }, [open]);
  const refocus = () => requestAnimationFrame(() => actions.current?.querySelector<HTMLElement>('button:not(:disabled)')?.focus());

  const run = async (what: () => Promise<void>, done: string) => {
    setBusy(true);
    setNotice(null);
    try {
      await what();
      setNotice({ kind: 'done', text: done });
    } catch (failure) {
      setNotice({ kind: 'error', text: messageOf(failure) });
    } finally {
      setBusy(false);
    }
  };

  const deactivate = () =>
    run(async () => {
      onChanged(await accountActions.deactivate(processId, p.userId));
      setOpen(null);
      setLink(null);
      refocus();
    }, `${p.name} is deactivated: their sessions have ended.`);
  const reactivate = () =>
    run(async () => {
      onChanged(await accountActions.reactivate(processId, p.userId));
      refocus();
    }, `${p.name} can sign in again.`);
  const passwordLink = () =>
    run(async () => {
      setLink(await accountActions.passwordLink(processId, p.userId));
      onLinkMade();
    }, `A new password link for ${p.name} is shown below.`);

  const disabled = self || busy;
  return (
    <>
      <tr
        data-testid="participant-row"
        data-email={p.email}
        data-active={p.active}
        className={p.active ? undefined : 'participants-table__inactive'}
      >
        <th scope="row">
          <span className="participants-table__name">{p.name}</span>
          <span className="participants-table__email">{p.email}</span>
        </th>
        <td data-testid="participant-stakeholder">{p.stakeholder.name}</td>
        <td data-testid="participant-role">{p.roleLabel}</td>
        <td data-testid="participant-status">
          {p.active ? 'Active' : `Deactivated${p.deactivatedAt ? ` on ${formatDateTime(p.deactivatedAt)}` : ''}`}
        </td>
        <td>{devices(p.liveSessions)}</td>
        <td>{signInMethod(p)}</td>
        <td ref={actions} className="participants-table__actions">
          {self ? <p className="participants-table__self">Your own account: another member of the secretariat changes it.</p> : null}
          {open === 'confirm-deactivate' ? (
            <span role="group" aria-label={`Deactivate ${p.name}?`} className="participants-table__confirm">
              <span>Deactivate {p.name}? Their sessions end at once; their contributions stay.</span>{' '}
              <button
                ref={confirmButton}
                type="button"
                className="button button--primary button--small"
                disabled={busy}
                onClick={() => void deactivate()}
                data-testid="deactivate-confirm"
              >
                Deactivate
              </button>{' '}
              <button
                type="button"
                className="button button--secondary button--small"
                disabled={busy}
                onClick={() => {
                  setOpen(null);
                  refocus();
                }}
              >
                Keep
              </button>
            </span>
          ) : (
            <span className="participants-table__buttons">
              <button
                type="button"
                className="button button--secondary button--small"
                disabled={disabled || !p.active}
                aria-expanded={open === 'capacity'}
                onClick={() => setOpen(open === 'capacity' ? null : 'capacity')}
                data-testid="capacity-open"
              >
                Change capacity
              </button>
              <button
                type="button"
                className="button button--secondary button--small"
                disabled={disabled || !p.active}
                onClick={() => void passwordLink()}
                data-testid="password-link"
              >
                New password link
              </button>
              {p.active ? (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  disabled={disabled}
                  onClick={() => setOpen('confirm-deactivate')}
                  data-testid="deactivate"
                >
                  Deactivate
                </button>
              ) : (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  disabled={disabled}
                  onClick={() => void reactivate()}
                  data-testid="reactivate"
                >
                  Reactivate
                </button>
              )}
            </span>
          )}
          <span aria-live="polite" className="participants-table__notice" data-testid="participant-notice">
            {notice && <span className={notice.kind === 'error' ? 'participants__error' : undefined}>{notice.text}</span>}
          </span>
        </td>
      </tr>
      {(open === 'capacity' || link) && (
        <tr className="participants-table__detail" data-testid="participant-detail">
          <td colSpan={COLUMNS}>
            {open === 'capacity' && (
              <CapacityEditor
                processId={processId}
                participant={p}
                stakeholders={stakeholders}
                onChanged={(changed) => {
                  onChanged(changed);
                  setOpen(null);
                  setNotice({ kind: 'done', text: `${changed.name} now acts as ${changed.stakeholder.name}, ${changed.roleLabel}.` });
                  refocus();
                }}
                onCancel={() => {
                  setOpen(null);
                  refocus();
                }}
              />
            )}
            {link && (
              <div data-testid="password-link-result">
                <p>
                  A link for {p.name} to set a new password{link.mailed ? ' (e-mailed to them)' : ''}. Using it ends their sessions.{' '}
                  <button type="button" className="link-button" onClick={() => setLink(null)}>
                    Hide
                  </button>
                </p>
                <CreatedLinks invitations={[link]} caption={`New password link for ${p.name}`} />
              </div>
            )}
          </td>
        </tr>
      )}
    </>
  );
}
