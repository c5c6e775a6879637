import { Link, useParams } from 'react-router';
import type { InvitationInfo } from '../api/invitations.ts';
import { StateMessage } from '../components/StateMessage.tsx';
import { useSession } from '../hooks/session.tsx';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { formatDateTime } from '../lib/dates.ts';
import { IdentityProviderButton } from './IdentityProviderButton.tsx';
import { InvitationForm } from './InvitationForm.tsx';
import { useInvitation } from './useInvitation.ts';
import './onboarding.css';

/**
 * `/invitations/:token`, the link the secretariat sends: says who it is for and in what capacity, then signs the
 * person in with a new password, their current one, or through the identity provider. Public: the token is
 * the only credential.
 */
export function InvitationPage() {
  const { token = '' } = useParams();
  const { state, retry, markUnusable } = useInvitation(token);
  useDocumentTitle(state.status === 'ready' && state.invitation.purpose === 'reset' ? 'Set a new password' : 'Accept the invitation');

  return (
    <div className="login-page">
      <main className="login-card invitation-card" id="main" data-testid="invitation-page">
        <header className="login-card__header">
          <span className="top-bar__emblem" aria-hidden="true">
            P
          </span>
          <p className="invitation-card__brand">Plenary</p>
        </header>
        {state.status === 'loading' && <StateMessage kind="loading">Reading the invitation…</StateMessage>}
        {state.status === 'failed' && (
          <StateMessage kind="error" action={{ label: 'Try again', onClick: retry }}>
            The invitation could not be read. {state.message}
          </StateMessage>
        )}
        {(state.status === 'unknown' || state.status === 'unusable') && (
          <section className="invitation-card__refusal" role="alert" data-testid="invitation-refused">
            <h1>{state.status === 'unknown' ? 'This link is not valid' : 'This link cannot be used'}</h1>
            <p data-testid="invitation-refusal">{state.message}</p>
            <p>
              <Link to="/login">Go to the sign-in page</Link> if you already have an account.
            </p>
          </section>
        )}
        {state.status === 'ready' && <Invitation token={token} invitation={state.invitation} onUnusable={markUnusable} />}
      </main>
    </div>
  );
}

function Invitation({
  token,
  invitation,
  onUnusable,
}: {
  token: string;
  invitation: InvitationInfo;
  onUnusable: (message: string) => void;
}) {
  const { state: session } = useSession();
  const { passwordSignIn, identityProvider } = invitation.signIn;
  const joining = invitation.purpose === 'join';
  const someoneElse = session.status === 'authenticated' && session.me.user.email !== invitation.email ? session.me.user : null;

  return (
    <>
      <h1 className="invitation-card__title">{joining ? `Join ${invitation.process.title}` : 'Set a new password'}</h1>
      <dl className="invitation-facts" data-testid="invitation-facts">
        <div>
          <dt>For</dt>
          <dd>
            {invitation.name} <span className="invitation-facts__email">({invitation.email})</span>
          </dd>
        </div>
        <div>
          <dt>Capacity</dt>
          <dd data-testid="invitation-capacity">
            {invitation.roleLabel} of {invitation.stakeholder.name} in {invitation.process.title}
          </dd>
        </div>
        <div>
          <dt>Valid until</dt>
          <dd>{formatDateTime(invitation.expiresAt)}</dd>
        </div>
      </dl>
      {someoneElse && (
        <p className="invitation-card__note" role="note">
          This browser is signed in as {someoneElse.name} ({someoneElse.email}). Accepting signs it in as {invitation.name} instead.
        </p>
      )}
      {joining && identityProvider && (
        <IdentityProviderButton name={identityProvider.name} href={`/api/auth/oidc/start?invitation=${encodeURIComponent(token)}`} />
      )}
      {joining && identityProvider && passwordSignIn && <p className="login-card__or">or with a password</p>}
      {passwordSignIn && <InvitationForm token={token} invitation={invitation} onUnusable={onUnusable} />}
      {!passwordSignIn && !(joining && identityProvider) && (
        <p className="form-error" role="alert">
          {identityProvider
            ? `Passwords are not used here: sign in with ${identityProvider.name} from the sign-in page.`
            : 'Signing in is not set up on this installation yet. Ask the secretariat.'}
        </p>
      )}
    </>
  );
}
