import type { ConnectionState, ConnectionStatus as Status } from '../hooks/useConnectionStatus.ts';

const LABELS: Record<ConnectionState, string> = {
  connected: 'Connected',
  connecting: 'Connecting…',
  reconnecting: 'Reconnecting…',
  offline: 'Offline',
};

const EXPLANATIONS: Record<ConnectionState, string> = {
  connected: 'You see the text live, as everyone else does.',
  connecting: 'Opening the live text.',
  reconnecting: 'The connection dropped; trying again. Your edits are kept and will be sent.',
  offline: 'No connection to the server. Your edits are kept in this tab and will be sent when it returns.',
};

export function ConnectionStatus({ status }: { status: Status }) {
  const { state, unsent, refusal } = status;
  const title = refusal ?? EXPLANATIONS[state];
  return (
    <div
      className={`connection-status connection-status--${state}`}
      data-testid="connection-status"
      data-state={state}
      data-unsent={unsent}
      role="status"
      aria-live="polite"
      title={title}
    >
      <span className="connection-status__dot" aria-hidden="true" />
      <span className="connection-status__label">{LABELS[state]}</span>
      {unsent && <span className="connection-status__unsent">· unsent changes</span>}
      {refusal && <span className="visually-hidden">{refusal}</span>}
    </div>
  );
}
