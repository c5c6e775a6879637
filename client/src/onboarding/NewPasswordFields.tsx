// The policy alone: the whole validation index would build schemas this page never parses.
import { PASSWORD_MIN_LENGTH, passwordProblem } from '@plenary/shared/validation/password-policy';

interface Props {
  /** "Choose a password", "Choose a new password". */
  label: string;
  password: string;
  confirmation: string;
  onPassword: (value: string) => void;
  onConfirmation: (value: string) => void;
  /** The account's email and name: a password built from them is refused, here as on the server. */
  person: { email: string; name: string };
  /** The form was sent once: from now on an empty or unmatched field is an error, not just a hint. */
  attempted: boolean;
  /** What the server said about the password, when it refused it. */
  serverProblem: string | null;
}

/** What is wrong with a chosen password and its confirmation, in the words shown; null when both are fine. */
export function newPasswordProblems(password: string, confirmation: string, person: Props['person']) {
  return {
    password: passwordProblem(password, person),
    confirmation: confirmation === password ? null : 'The two passwords are not the same.',
  };
}

/**
 * A new password and its confirmation, checked as they are typed with the same policy as the server's
 * (`passwordProblem`): the verdict is announced politely, so typing is not interrupted.
 */
export function NewPasswordFields({ label, password, confirmation, onPassword, onConfirmation, person, attempted, serverProblem }: Props) {
  const problems = newPasswordProblems(password, confirmation, person);
  const passwordError = serverProblem ?? (attempted || password.length >= PASSWORD_MIN_LENGTH ? problems.password : null);
  const confirmationError = (attempted || confirmation.length >= password.length) && confirmation !== '' ? problems.confirmation : null;
  const missingConfirmation = attempted && confirmation === '' && !problems.password;
  const verdict: { text: string; tone: 'problem' | 'pending' | 'fine' } | null =
    password === ''
      ? null
      : passwordError
        ? { text: passwordError, tone: 'problem' }
        : problems.password
          ? { text: `${[...password].length} of at least ${PASSWORD_MIN_LENGTH} characters.`, tone: 'pending' }
          : { text: 'This password meets the policy.', tone: 'fine' };

  return (
    <>
      <label htmlFor="invitation-password">{label}</label>
      <input
        id="invitation-password"
        type="password"
        autoComplete="new-password"
        required
        autoFocus
        value={password}
        onChange={(event) => onPassword(event.target.value)}
        aria-invalid={passwordError ? true : undefined}
        aria-describedby="invitation-password-rule invitation-password-check"
        data-testid="invitation-password"
      />
      <p className="password-rule" id="invitation-password-rule">
        At least {PASSWORD_MIN_LENGTH} characters. A phrase of a few unrelated words is easy to remember and hard to guess; common passwords
        are refused.
      </p>
      {/* The count while typing is not announced at every key; the verdict is. */}
      {verdict?.tone === 'pending' && <p className="password-check password-check--pending">{verdict.text}</p>}
      <p
        className={`password-check${verdict && verdict.tone !== 'pending' ? ` password-check--${verdict.tone}` : ''}`}
        id="invitation-password-check"
        aria-live="polite"
        data-testid="password-check"
      >
        {verdict?.tone === 'pending' ? '' : verdict?.text}
      </p>

      <label htmlFor="invitation-confirmation">Type it again</label>
      <input
        id="invitation-confirmation"
        type="password"
        autoComplete="new-password"
        required
        value={confirmation}
        onChange={(event) => onConfirmation(event.target.value)}
        aria-invalid={confirmationError || missingConfirmation ? true : undefined}
        aria-describedby="invitation-confirmation-check"
        data-testid="invitation-confirmation"
      />
      <p
        className={`password-check${confirmationError || missingConfirmation ? ' password-check--problem' : ''}`}
        id="invitation-confirmation-check"
        aria-live="polite"
        data-testid="confirmation-check"
      >
        {missingConfirmation ? 'Type the password a second time.' : (confirmationError ?? '')}
      </p>
    </>
  );
}
