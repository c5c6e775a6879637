import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../api/http.ts';
import { acceptInvitation, type InvitationInfo } from '../api/invitations.ts';
import { useSession } from '../hooks/session.tsx';
import { NewPasswordFields, newPasswordProblems } from './NewPasswordFields.tsx';
import { tooManyAttemptsMessage } from './signInErrors.ts';

/** A new account chooses a password; an existing one proves itself with its own; a reset chooses a new one. */
type Mode = 'new-account' | 'existing-account' | 'reset';

function modeOf(invitation: InvitationInfo): Mode {
  if (invitation.purpose === 'reset') return 'reset';
  return invitation.accountExists ? 'existing-account' : 'new-account';
}

interface Props {
  token: string;
  invitation: InvitationInfo;
  /** Accepting found the link used, withdrawn or expired meanwhile. */
  onUnusable: (message: string) => void;
}

/** The password part of accepting an invitation; on success the person is signed in and taken home. */
export function InvitationForm({ token, invitation, onUnusable }: Props) {
  const { enter } = useSession();
  const navigate = useNavigate();
  const mode = modeOf(invitation);
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [attempted, setAttempted] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** The server's verdict on the chosen password, until it is changed. */
  const [serverProblem, setServerProblem] = useState<string | null>(null);

  const choosing = mode !== 'existing-account';
  const problems = newPasswordProblems(password, confirmation, invitation);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setAttempted(true);
    setError(null);
    const invalid = choosing
      ? (problems.password && 'invitation-password') || (problems.confirmation && 'invitation-confirmation')
      : password === '' && 'invitation-current-password';
    if (invalid) {
      document.getElementById(invalid)?.focus();
      return;
    }
    setSubmitting(true);
    try {
      const me = await acceptInvitation(token, password);
      enter(me);
      void navigate('/', { replace: true });
    } catch (failure) {
      setSubmitting(false);
      if (failure instanceof ApiError && failure.status === 403 && failure.code !== 'no_membership') {
        onUnusable(failure.message);
        return;
      }
      if (failure instanceof ApiError && failure.status === 400 && choosing) {
        setServerProblem(failure.issues.find((issue) => issue.path === 'password')?.message ?? failure.message);
        return;
      }
      setError(acceptErrorMessage(failure));
    }
  }

  const changePassword = (value: string) => {
    setPassword(value);
    setServerProblem(null);
    setError(null);
  };

  return (
    <form className="login-form invitation-form" onSubmit={(event) => void handleSubmit(event)} noValidate data-testid="invitation-form">
      {/* For password managers: the account the password belongs to. */}
      <input type="email" autoComplete="username" value={invitation.email} readOnly hidden />
      <div className="invitation-form__fields">
        {mode === 'existing-account' ? (
          <>
            <p className="invitation-form__lede" data-testid="invitation-existing-account">
              You already have an account ({invitation.email}): this adds <strong>{invitation.process.title}</strong> to it. Enter its
              password to confirm it is yours.
            </p>
            <label htmlFor="invitation-current-password">Your current password</label>
            <input
              id="invitation-current-password"
              type="password"
              autoComplete="current-password"
              required
              autoFocus
              value={password}
              onChange={(event) => changePassword(event.target.value)}
              aria-invalid={error || (attempted && password === '') ? true : undefined}
              aria-describedby={error ? 'invitation-error' : undefined}
              data-testid="invitation-current-password"
            />
          </>
        ) : (
          <NewPasswordFields
            label={mode === 'reset' ? 'Choose a new password' : 'Choose a password'}
            password={password}
            confirmation={confirmation}
            onPassword={changePassword}
            onConfirmation={(value) => {
              setConfirmation(value);
              setError(null);
            }}
            person={invitation}
            attempted={attempted}
            serverProblem={serverProblem}
          />
        )}
      </div>
      {error && (
        <p className="form-error" id="invitation-error" role="alert" data-testid="invitation-error">
          {error}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={submitting} data-testid="invitation-submit">
        {submitLabel(mode, submitting)}
      </button>
    </form>
  );
}

function submitLabel(mode: Mode, submitting: boolean): string {
  if (submitting) return mode === 'reset' ? 'Saving…' : 'Joining…';
  if (mode === 'reset') return 'Set the password and sign in';
  return mode === 'existing-account' ? 'Join with my account' : 'Create my account and join';
}

function acceptErrorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 429) return tooManyAttemptsMessage(error.retryAfterSeconds);
    return error.message;
  }
  return 'Something went wrong. Please try again.';
}
