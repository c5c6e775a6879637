import { StateMessage } from '../components/StateMessage.tsx';
import { useMe } from '../hooks/session.tsx';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { DeviceSessionList } from './DeviceSessionList.tsx';
import { ProcessList } from './ProcessList.tsx';
import { useDeviceSessions } from './useDeviceSessions.ts';
import './account.css';

const devices = (count: number) => (count === 1 ? '1 device' : `${count} devices`);

/** `/account`: who the person is, the processes they take part in, and the devices they are signed in on. */
export function AccountPage() {
  const me = useMe();
  const { sessions, loading, error, reload, signOut } = useDeviceSessions();
  useDocumentTitle('Your account');

  return (
    <div className="page page--account">
      <header className="page-header">
        <p className="page-header__eyebrow">Your account</p>
        <h1 data-testid="account-name">{me.user.name}</h1>
        <p className="page-header__lede" data-testid="account-email">
          {me.user.email}
        </p>
      </header>

      <section aria-labelledby="account-processes-title" className="account-section">
        <h2 id="account-processes-title" className="section-title">
          {me.processes.length === 1 ? 'Your process' : 'Your processes'}
        </h2>
        <ProcessList me={me} />
      </section>

      <section aria-labelledby="account-devices-title" className="account-section" aria-busy={loading || undefined}>
        <div className="account-section__header">
          <h2 id="account-devices-title" className="section-title" data-testid="devices-title">
            {sessions ? `Signed in on ${devices(sessions.length)}` : 'Devices you are signed in on'}
          </h2>
          <button type="button" className="button button--small" onClick={reload} disabled={loading} data-testid="devices-refresh">
            {loading ? 'Refreshing…' : 'Refresh'}
          </button>
        </div>
        <p className="account-section__hint">Sign out a device you no longer use, or do not recognise: it will have to sign in again.</p>
        {!sessions && loading && <StateMessage kind="loading">Loading your devices…</StateMessage>}
        {error && (
          <StateMessage kind="error" action={{ label: 'Try again', onClick: reload }}>
            Your devices could not be listed. {error}
          </StateMessage>
        )}
        {sessions && <DeviceSessionList sessions={sessions} signOut={signOut} />}
      </section>
    </div>
  );
}
