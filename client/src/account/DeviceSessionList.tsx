import { useState } from 'react';
import type { SessionEntry } from '../api/me.ts';
import { formatDateTime } from '../lib/dates.ts';
import { deviceName } from './deviceName.ts';
import './cardList.css';

const METHODS: Record<SessionEntry['method'], string> = {
  password: 'with a password',
  oidc: 'through the identity provider',
  invitation: 'from an invitation or password link',
};

interface Props {
  sessions: readonly SessionEntry[];
  signOut: (id: string) => Promise<void>;
}

/** One row per device the person is signed in on; every other device can be signed out from here. */
export function DeviceSessionList({ sessions, signOut }: Props) {
  const [pending, setPending] = useState<string | null>(null);
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);

  async function handleSignOut(session: SessionEntry) {
    const name = deviceName(session.userAgent);
    setPending(session.id);
    setMessage(null);
    try {
      await signOut(session.id);
      setMessage({ text: `${name} (signed in ${formatDateTime(session.createdAt)}) is signed out.`, failed: false });
    } catch (failure) {
      setMessage({ text: `Could not sign out ${name}: ${failure instanceof Error ? failure.message : String(failure)}`, failed: true });
    } finally {
      setPending(null);
    }
  }

  return (
    <>
      <ul className="device-list" data-testid="device-list">
        {sessions.map((session) => {
          const name = deviceName(session.userAgent);
          return (
            <li key={session.id} className="device-list__item" data-testid="device-session" data-current={session.current}>
              <div className="device-list__main">
                <p className="device-list__name">
                  <span data-testid="device-name">{name}</span>
                  {session.current && <span className="device-list__badge">This device</span>}
                </p>
                <p className="device-list__facts">
                  Signed in {formatDateTime(session.createdAt)} {METHODS[session.method]} · until {formatDateTime(session.expiresAt)}
                </p>
              </div>
              {!session.current && (
                <button
                  type="button"
                  className="button button--small button--secondary"
                  onClick={() => void handleSignOut(session)}
                  disabled={pending !== null}
                  aria-label={`Sign out ${name}, signed in ${formatDateTime(session.createdAt)}`}
                  data-testid="device-sign-out"
                >
                  {pending === session.id ? 'Signing out…' : 'Sign out'}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <p className="device-list__status" role="status" data-testid="device-status">
        {message && !message.failed ? message.text : ''}
      </p>
      {message?.failed && (
        <p className="form-error" role="alert">
          {message.text}
        </p>
      )}
    </>
  );
}
