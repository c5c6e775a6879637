import { useId } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../api/http.ts';
import { StateMessage } from '../components/StateMessage.tsx';
import { useMe } from '../hooks/session.tsx';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { CsvInvite } from './CsvInvite.tsx';
import { GroupMembersEditor } from './GroupMembersEditor.tsx';
import { InvitationsTable } from './InvitationsTable.tsx';
import { InviteForm } from './InviteForm.tsx';
import { ParticipantsTable } from './ParticipantsTable.tsx';
import { useParticipants } from './useParticipants.ts';
import { useStakeholders } from './useStakeholders.ts';
import './participants.css';

/** `/participants`: the secretariat brings people into the current process, changes their capacity and takes them out. */
export function ParticipantsPage() {
  const me = useMe();
  useDocumentTitle('Participants');
  if (me.role !== 'secretariat') {
    return (
      <div className="page participants" data-testid="participants-refused">
        <StateMessage kind="error">Only the secretariat of the process manages its participants.</StateMessage>
      </div>
    );
  }
  return <Participants key={me.process.id} processId={me.process.id} processTitle={me.process.title} selfId={me.user.id} />;
}

function Participants({ processId, processTitle, selfId }: { processId: string; processTitle: string; selfId: string }) {
  const ids = { people: useId(), invitations: useId() };
  const list = useParticipants(processId);
  const { stakeholders, error: stakeholdersError, retry } = useStakeholders();
  const refused = list.error instanceof ApiError && list.error.status === 403;

  return (
    <div className="page participants" data-testid="participants-page">
      <header className="page-header">
        <p className="page-header__eyebrow">
          <Link to="/">All documents</Link>
        </p>
        <h1>Participants</h1>
        <p className="page-header__lede">
          The people taking part in <cite>{list.data?.process.title ?? processTitle}</cite>, the capacity each acts in, and the links handed
          out to join it.
        </p>
        <p>
          <Link to="/processes/new" data-testid="new-process-link">
            Open a new negotiation process
          </Link>
        </p>
      </header>

      {refused ? (
        <StateMessage kind="error">Only the secretariat of the process manages its participants.</StateMessage>
      ) : (
        <>
          {stakeholdersError && (
            <StateMessage kind="error" action={{ label: 'Try again', onClick: retry }}>
              The list of stakeholders could not be read: {stakeholdersError.message}
            </StateMessage>
          )}
          <section className="participants__section" aria-labelledby={ids.people} aria-busy={list.loading || undefined}>
            <h2 id={ids.people} className="section-title">
              People
            </h2>
            {list.error && !list.loading && (
              <StateMessage kind="error" action={{ label: 'Try again', onClick: list.reload }}>
                The participants could not be read: {list.error.message}
              </StateMessage>
            )}
            {!list.data && list.loading && <StateMessage kind="loading">Reading the participants…</StateMessage>}
            {list.data && list.data.participants.length === 0 && (
              <StateMessage kind="empty">Nobody takes part in this process yet.</StateMessage>
            )}
            {list.data && list.data.participants.length > 0 && (
              <ParticipantsTable
                processId={processId}
                participants={list.data.participants}
                selfId={selfId}
                stakeholders={stakeholders}
                onChanged={list.replace}
                onLinkMade={list.reload}
              />
            )}
          </section>

          <InviteForm processId={processId} stakeholders={stakeholders} onInvited={list.reload} />
          <CsvInvite processId={processId} onInvited={list.reload} />

          <section className="participants__section" aria-labelledby={ids.invitations}>
            <h2 id={ids.invitations} className="section-title">
              Invitations
            </h2>
            {list.data && list.data.invitations.length === 0 && (
              <StateMessage kind="empty">No links have been handed out yet.</StateMessage>
            )}
            {list.data && list.data.invitations.length > 0 && (
              <InvitationsTable invitations={list.data.invitations} onChanged={list.reload} />
            )}
          </section>

          <GroupMembersEditor stakeholders={stakeholders} />
        </>
      )}
    </div>
  );
}
