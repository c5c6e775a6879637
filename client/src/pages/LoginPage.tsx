import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../api/http.ts';
import { DEMO_PASSWORD, DemoAccounts } from '../components/DemoAccounts.tsx';
import { StateMessage } from '../components/StateMessage.tsx';
import { useSession } from '../hooks/session.tsx';
import { useServerConfig } from '../hooks/useServerConfig.ts';
import { IdentityProviderButton } from '../onboarding/IdentityProviderButton.tsx';
import { signInErrorMessage, tooManyAttemptsMessage } from '../onboarding/signInErrors.ts';
import '../onboarding/onboarding.css';

/** Only same-site paths: a crafted ?next= must not send people elsewhere after login. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

function loginErrorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 401) return 'The email or password is not correct.';
    if (error.status === 429) return tooManyAttemptsMessage(error.retryAfterSeconds);
    return error.message;
  }
  return 'Something went wrong. Please try again.';
}

export function LoginPage() {
  const { state, logIn } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const next = safeNext(params.get('next'));
  const config = useServerConfig();
  const showDemo = config?.demo === true;
  const passwordSignIn = config?.signIn.passwordSignIn ?? false;
  const provider = config?.signIn.identityProvider ?? null;
  const signInError = params.get('signInError');
  const ended = state.status === 'anonymous' && state.ended === true;

  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (state.status === 'authenticated' && !submitting) return <Navigate to={next} replace />;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setSubmitting(true);
    setError(null);
    try {
      await logIn(email.trim(), password);
      void navigate(next, { replace: true });
    } catch (failure) {
      setError(loginErrorMessage(failure));
      setSubmitting(false);
    }
  }

  function pickDemoAccount(demoEmail: string) {
    setEmail(demoEmail);
    setPassword(DEMO_PASSWORD);
    setError(null);
  }

  return (
    <div className="login-page">
      <main className="login-card" id="main">
        <header className="login-card__header">
          <span className="top-bar__emblem" aria-hidden="true">
            P
          </span>
          <h1>Plenary</h1>
          <p>Drafting room for intergovernmental negotiations</p>
        </header>
        {signInError && (
          <p className="form-error login-card__notice" role="alert" data-testid="sign-in-error">
            {signInErrorMessage(signInError, provider?.name)}
          </p>
        )}
        {ended && !signInError && (
          <p className="login-card__notice login-card__notice--ended" role="status" data-testid="session-ended">
            You have been signed out: your session ended (signed out from another device, ended by the secretariat, or expired). Sign in
            again to continue.
          </p>
        )}
        {!config && <StateMessage kind="loading">Opening the sign-in…</StateMessage>}
        {provider && <IdentityProviderButton name={provider.name} href={`/api/auth/oidc/start?returnTo=${encodeURIComponent(next)}`} />}
        {provider && passwordSignIn && <p className="login-card__or">or sign in with your email and password</p>}
        {passwordSignIn && (
          <form className="login-form" onSubmit={(event) => void handleSubmit(event)} noValidate data-testid="login-form">
            <label htmlFor="login-email">Email</label>
            <input
              id="login-email"
              type="email"
              autoComplete="username"
              required
              autoFocus
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'login-error' : undefined}
              data-testid="login-email"
            />
            <label htmlFor="login-password">Password</label>
            <input
              id="login-password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'login-error' : undefined}
              data-testid="login-password"
            />
            {error && (
              <p className="form-error" id="login-error" role="alert" data-testid="login-error">
                {error}
              </p>
            )}
            <button
              type="submit"
              className="button button--primary"
              disabled={submitting || !email.trim() || !password}
              data-testid="login-submit"
            >
              {submitting ? 'Signing in…' : 'Sign in'}
            </button>
          </form>
        )}
        {showDemo && passwordSignIn && <DemoAccounts onPick={pickDemoAccount} />}
      </main>
    </div>
  );
}
