import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { CreatedProcess } from '../api/admin.ts';
import { useSession } from '../hooks/session.tsx';
import { CreatedLinks } from './CreatedLinks.tsx';
import { messageOf } from './problems.ts';

/** What opening the process made: its texts, the co-facilitators' links (shown this once), and the way into it. */
export function ProcessCreated({ created }: { created: CreatedProcess }) {
  const { process, documents, invitations } = created;
  const { switchProcess } = useSession();
  const navigate = useNavigate();
  const [switching, setSwitching] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // The form is gone: the reader is taken to what replaced it.
  useEffect(() => heading.current?.focus(), []);

  const workHere = async () => {
    setSwitching(true);
    setError(null);
    try {
      // The whole app follows the session into the process: its documents, the capacity, the pen.
      await switchProcess(process.id);
      void navigate('/');
    } catch (failure) {
      setError(`Not switched: ${messageOf(failure)}`);
      setSwitching(false);
    }
  };

  return (
    <div className="page participants" data-testid="process-created">
      <header className="page-header">
        <p className="page-header__eyebrow">
          <Link to="/participants">Participants</Link>
        </p>
        <h1 ref={heading} tabIndex={-1} data-testid="process-created-title">
          {process.title} is open
        </h1>
        <p className="page-header__lede">
          You take part in it as its secretariat. It is listed on the home page, where you switch between your processes; you are still
          working in the one you were in.
        </p>
      </header>

      <section className="participants__section" aria-labelledby="created-documents">
        <h2 id="created-documents" className="section-title">
          Its documents
        </h2>
        <ul className="process-created__documents" data-testid="created-documents">
          {documents.map((document) => (
            <li key={document.id} data-testid="created-document" data-kind={document.kind}>
              <Link to={`/documents/${encodeURIComponent(document.id)}`}>{document.title}</Link>{' '}
              <span className="participants-table__email">{document.kind === 'compact' ? 'compact draft' : 'issue brief'}</span>
            </li>
          ))}
        </ul>
      </section>

      <section className="participants__section" aria-labelledby="created-invitations">
        <h2 id="created-invitations" className="section-title">
          The co-facilitators’ links
        </h2>
        {invitations.length === 0 ? (
          <p>No co-facilitator was invited: invite them from the participants page once you work in the process.</p>
        ) : (
          <CreatedLinks
            invitations={invitations}
            caption="The co-facilitators' invitation links"
            all={invitations.length > 1}
            testId="created-cofacilitator-links"
          />
        )}
      </section>

      <p className="participants__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={switching}
          onClick={() => void workHere()}
          data-testid="work-in-process"
        >
          {switching ? 'Switching…' : 'Work in this process now'}
        </button>{' '}
        <Link to="/">Back to the home page</Link>
      </p>
      <p aria-live="polite" className="participants__error">
        {error ?? ''}
      </p>
    </div>
  );
}
