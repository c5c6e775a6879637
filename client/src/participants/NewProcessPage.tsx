import { useId, useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { createProcess, type CreatedProcess } from '../api/admin.ts';
import { StateMessage } from '../components/StateMessage.tsx';
import { useMe } from '../hooks/session.tsx';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { fieldErrorsOf, NO_ERRORS, unplacedErrors, type FieldErrors } from '../inputs/fieldErrors.ts';
import { loadValidation } from '../lib/validation.ts';
import { BriefRows } from './BriefRows.tsx';
import { CofacilitatorRows } from './CofacilitatorRows.tsx';
import { FieldError } from './FieldError.tsx';
import { formErrorsOf } from './problems.ts';
import { ProcessCreated } from './ProcessCreated.tsx';
import { emptyProcess, namingProblems, requestOf, type ProcessDraft } from './processDraft.ts';
import { TextField } from './TextField.tsx';
import { useLoaded } from './useLoaded.ts';
import { useStakeholders } from './useStakeholders.ts';
import './participants.css';

const DEFAULT_TIME_ZONE = 'America/New_York';

function timeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [DEFAULT_TIME_ZONE];
  }
}

/** The fields this form shows their own problems by; anything else is listed above the button. */
const PLACED =
  /^(title|shortTitle|symbolPrefix|languages|timeZone|compactTitle|briefs(\.\d+\.(title|leadStakeholderIds(\.\d+)?))?|cofacilitators(\.\d+\.(email|name|stakeholderId))?)$/;

/** `/processes/new`: the secretariat opens a negotiation, with its compact, its briefs and their leads, and its co-facilitators. */
export function NewProcessPage() {
  const me = useMe();
  useDocumentTitle('Open a negotiation process');
  if (me.role !== 'secretariat') {
    return (
      <div className="page participants" data-testid="new-process-refused">
        <StateMessage kind="error">Only the secretariat opens a negotiation process.</StateMessage>
      </div>
    );
  }
  return <NewProcess ownEmail={me.user.email} />;
}

function NewProcess({ ownEmail }: { ownEmail: string }) {
  const zonesId = useId();
  const zones = useMemo(() => timeZones(), []);
  const { stakeholders, error: stakeholdersError, retry } = useStakeholders();
  // The shared schemas and the languages they allow, loaded with the page: imported statically they would be split
  // from the switch that keeps zod from probing eval, which the page's Content Security Policy reports.
  const { value: validation, error: validationError, retry: retryValidation } = useLoaded(loadValidation);
  const [draft, setDraft] = useState<ProcessDraft>(() => emptyProcess(DEFAULT_TIME_ZONE));
  const [errors, setErrors] = useState<FieldErrors>(NO_ERRORS);
  const [sending, setSending] = useState(false);
  const [created, setCreated] = useState<CreatedProcess | null>(null);

  const problemsOf = async (of: ProcessDraft): Promise<FieldErrors> => {
    const { createProcessInput } = await loadValidation();
    const result = createProcessInput.safeParse(requestOf(of, stakeholders));
    return new Map([...(result.success ? [] : fieldErrorsOf(result.error.issues)), ...namingProblems(of, stakeholders, ownEmail)]);
  };

  const update = (patch: Partial<ProcessDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    if (errors.size > 0) void problemsOf(next).then(setErrors);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    const problems = await problemsOf(draft);
    setErrors(problems);
    if (problems.size > 0) return;
    setSending(true);
    try {
      setCreated(await createProcess(requestOf(draft, stakeholders)));
      window.scrollTo({ top: 0 });
    } catch (failure) {
      setErrors(formErrorsOf(failure, 'cofacilitators'));
    } finally {
      setSending(false);
    }
  };

  if (created) return <ProcessCreated created={created} />;
  if (validationError) {
    return (
      <StateMessage kind="error" action={{ label: 'Try again', onClick: retryValidation }}>
        The form could not be opened: {validationError.message}
      </StateMessage>
    );
  }
  if (!validation) return <StateMessage kind="loading">Opening the form…</StateMessage>;
  const { PROCESS_LANGUAGES, PROCESS_LANGUAGE_NAMES } = validation;

  const error = (path: string) => errors.get(path);
  const general = unplacedErrors(errors, (path) => PLACED.test(path));
  const text = (key: 'title' | 'shortTitle' | 'symbolPrefix' | 'compactTitle', label: string, hint?: string, placeholder?: string) => (
    <TextField
      label={label}
      value={draft[key]}
      disabled={sending}
      placeholder={placeholder}
      onChange={(value) => update({ [key]: value })}
      error={error(key)}
      field={key}
      hint={hint}
      testId={`process-${key}`}
    />
  );

  return (
    <div className="page participants" data-testid="new-process-page">
      <header className="page-header">
        <p className="page-header__eyebrow">
          <Link to="/participants">Participants</Link>
        </p>
        <h1>Open a negotiation process</h1>
        <p className="page-header__lede">
          The process gets an empty compact draft and one empty text per issue brief; you take part in it as its secretariat. The
          co-facilitators are invited as soon as it exists.
        </p>
      </header>
      {stakeholdersError && (
        <StateMessage kind="error" action={{ label: 'Try again', onClick: retry }}>
          The list of stakeholders could not be read: {stakeholdersError.message}
        </StateMessage>
      )}
      <form
        className="participants-form"
        onSubmit={(event) => void submit(event)}
        noValidate
        aria-busy={sending || undefined}
        data-testid="new-process-form"
      >
        <fieldset className="participants-form__group">
          <legend>The process</legend>
          {text('title', 'Title', undefined, 'Intergovernmental negotiations on …')}
          <div className="participants-form__row">
            {text('shortTitle', 'Short title', 'Shown where space is short, as in “GCM”.')}
            {text('symbolPrefix', 'Symbol prefix (optional)', 'Starts the symbols of its documents, as in “A/CONF.231/”.')}
          </div>
          {text('compactTitle', 'Title of the compact draft (optional)', 'Left empty: the process title followed by “: draft”.')}
        </fieldset>

        <fieldset
          className="participants-form__group"
          data-testid="process-languages"
          aria-describedby={error('languages') ? 'process-languages-error' : undefined}
        >
          <legend>Languages</legend>
          <div className="participants-form__checks">
            {PROCESS_LANGUAGES.map((language) => (
              <label key={language} className="participants-form__check">
                <input
                  type="checkbox"
                  checked={draft.languages.includes(language)}
                  disabled={sending}
                  onChange={(event) =>
                    update({
                      languages: event.target.checked
                        ? PROCESS_LANGUAGES.filter((l) => l === language || draft.languages.includes(l))
                        : draft.languages.filter((l) => l !== language),
                    })
                  }
                  data-testid={`process-language-${language}`}
                />{' '}
                {PROCESS_LANGUAGE_NAMES[language]}
              </label>
            ))}
          </div>
          <FieldError id="process-languages-error" message={error('languages')} field="languages" />
        </fieldset>

        <TextField
          label="Time zone"
          list={zonesId}
          value={draft.timeZone}
          disabled={sending}
          autoComplete="off"
          spellCheck={false}
          onChange={(timeZone) => update({ timeZone })}
          error={error('timeZone')}
          field="timeZone"
          hint="Where the negotiation meets: deadlines are stated in its time."
          testId="process-timeZone"
        >
          <datalist id={zonesId}>
            {zones.map((zone) => (
              <option key={zone} value={zone} />
            ))}
          </datalist>
        </TextField>

        <BriefRows
          briefs={draft.briefs}
          onChange={(briefs) => update({ briefs })}
          stakeholders={stakeholders}
          errors={errors}
          disabled={sending}
        />
        <CofacilitatorRows
          people={draft.cofacilitators}
          onChange={(cofacilitators) => update({ cofacilitators })}
          stakeholders={stakeholders}
          errors={errors}
          disabled={sending}
        />

        <div aria-live="polite">
          {errors.size > 0 && (
            <p className="participants__error" role="alert" data-testid="new-process-error">
              Not created: {general.length > 0 ? general.join(' ') : 'correct the fields marked above.'}
            </p>
          )}
        </div>
        <p>
          <button
            type="submit"
            className="button button--primary"
            disabled={sending || stakeholders.length === 0}
            data-testid="new-process-submit"
          >
            {sending ? 'Opening the process…' : 'Open the process'}
          </button>
        </p>
      </form>
    </div>
  );
}
