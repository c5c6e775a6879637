import { useId, useRef, useState } from 'react';
import {
  inviteBatch,
  previewInvitationCsv,
  type CreatedInvitation,
  type InvitationPreview,
  type InvitationPreviewRow,
} from '../api/admin.ts';
import { saveFile } from '../exports/saveFile.ts';
import { roleLabel } from './capacity.ts';
import { CreatedLinks } from './CreatedLinks.tsx';
import { CSV_TEMPLATE } from './createdLinks.ts';
import { messageOf } from './problems.ts';

interface Props {
  processId: string;
  onInvited: () => void;
}

type Ready = InvitationPreviewRow & {
  stakeholder: NonNullable<InvitationPreviewRow['stakeholder']>;
  role: NonNullable<InvitationPreviewRow['role']>;
};

const isReady = (row: InvitationPreviewRow): row is Ready => row.errors.length === 0 && row.stakeholder !== null && row.role !== null;

/** The server names a refused batch row by its place among those sent ("Row 2: …"): say which line of the file it is. */
function byLine(message: string, sent: readonly Ready[]): string {
  return message.replace(/^Row (\d+):/, (whole, n: string) => {
    const row = sent[Number(n) - 1];
    return row ? `Line ${row.line}:` : whole;
  });
}

const people = (n: number) => (n === 1 ? '1 person' : `${n} people`);

/**
 * A delegation's or an agency's list from a spreadsheet: the file is read and every line checked by the server,
 * shown with its problems, and only the lines without any are invited, once the secretariat confirms.
 */
export function CsvInvite({ processId, onInvited }: Props) {
  const ids = { title: useId(), file: useId(), hint: useId() };
  const fileInput = useRef<HTMLInputElement>(null);
  const [fileName, setFileName] = useState('');
  const [preview, setPreview] = useState<InvitationPreview | null>(null);
  const [busy, setBusy] = useState<'reading' | 'inviting' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<CreatedInvitation[] | null>(null);
  const ready = preview?.rows.filter(isReady) ?? [];
  const refused = (preview?.rows.length ?? 0) - ready.length;

  const read = async (file: File | undefined) => {
    setPreview(null);
    setCreated(null);
    setError(null);
    if (!file) return;
    setFileName(file.name);
    setBusy('reading');
    try {
      setPreview(await previewInvitationCsv(processId, await file.text()));
    } catch (failure) {
      setError(`The file could not be read: ${messageOf(failure)}`);
    } finally {
      setBusy(null);
    }
  };

  const confirm = async () => {
    if (ready.length === 0 || busy) return;
    setBusy('inviting');
    setError(null);
    try {
      const rows = ready.map((row) => ({ email: row.email, name: row.name, stakeholderId: row.stakeholder.id, role: row.role }));
      const { invitations } = await inviteBatch(processId, rows);
      setCreated(invitations);
      setPreview(null);
      if (fileInput.current) fileInput.current.value = '';
      onInvited();
    } catch (failure) {
      setError(`Nobody was invited: ${byLine(messageOf(failure), ready)}`);
    } finally {
      setBusy(null);
    }
  };

  const reset = () => {
    setPreview(null);
    setError(null);
    setFileName('');
    if (fileInput.current) {
      fileInput.current.value = '';
      fileInput.current.focus();
    }
  };

  return (
    <section className="participants__section" aria-labelledby={ids.title} data-testid="csv-invite">
      <h2 id={ids.title} className="section-title">
        Invite from a CSV file
      </h2>
      <div id={ids.hint} className="participants__hint">
        <p>
          The first line names the columns <code>email,name,stakeholder,role</code>; then one person a line, for example{' '}
          <code>jane.doe@example.org,Jane Doe,Canada,delegate</code>. The stakeholder may be its name, short name, ISO code or id; the role
          a capacity such as <em>delegate</em>, <em>agency lead</em> or <em>observer</em>. Nobody is invited until you confirm.
        </p>
        <p>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => saveFile(new Blob([CSV_TEMPLATE], { type: 'text/csv;charset=utf-8' }), 'invitations-template.csv')}
            data-testid="csv-template"
          >
            Download a template
          </button>
        </p>
      </div>
      <div className="participants-form__field">
        <label htmlFor={ids.file}>CSV file</label>
        <input
          ref={fileInput}
          id={ids.file}
          type="file"
          accept=".csv,text/csv,text/plain"
          aria-describedby={ids.hint}
          disabled={busy !== null}
          onChange={(event) => void read(event.target.files?.[0])}
          data-testid="csv-file"
        />
      </div>

      <div aria-live="polite" data-testid="csv-outcome">
        {busy === 'reading' && <p role="status">Reading {fileName}…</p>}
        {error && (
          <p className="participants__error" role="alert" data-testid="csv-error">
            {error}
          </p>
        )}
        {preview && preview.fileErrors.length > 0 && (
          <ul className="participants__error" role="alert" data-testid="csv-file-errors">
            {preview.fileErrors.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        )}
        {preview && preview.rows.length > 0 && (
          <p data-testid="csv-summary">
            {fileName}: {preview.rows.length === 1 ? '1 line' : `${preview.rows.length} lines`}, {people(ready.length)} can be invited
            {refused > 0 ? `; ${refused === 1 ? '1 line has' : `${refused} lines have`} problems and will be left out` : ''}.
          </p>
        )}
        {created && (
          <div className="participants__done" data-testid="csv-done">
            <p>{people(created.length)} invited.</p>
            <CreatedLinks invitations={created} caption="The links just made" all testId="csv-links" />
          </div>
        )}
      </div>

      {preview && preview.rows.length > 0 && (
        <>
          <div className="participants__scroll">
            <table className="participants-table" data-testid="csv-preview">
              <caption className="visually-hidden">The lines of {fileName}, as they would be invited</caption>
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  <th scope="col">Email</th>
                  <th scope="col">Name</th>
                  <th scope="col">Stakeholder</th>
                  <th scope="col">Role</th>
                  <th scope="col">Check</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((row) => (
                  <tr
                    key={row.line}
                    className={row.errors.length > 0 ? 'participants-table__refused' : undefined}
                    data-testid="csv-row"
                    data-line={row.line}
                    data-ok={row.errors.length === 0}
                  >
                    <th scope="row">{row.line}</th>
                    <td>{row.email}</td>
                    <td>{row.name}</td>
                    <td>{row.stakeholder?.name ?? ''}</td>
                    <td>{row.role ? roleLabel(row.role) : ''}</td>
                    <td>
                      {row.errors.length === 0 ? (
                        'Ready'
                      ) : (
                        <ul className="participants-table__problems" data-testid="csv-row-errors">
                          {row.errors.map((problem) => (
                            <li key={problem}>
                              Line {row.line}: {problem}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="participants__actions">
            <button
              type="button"
              className="button button--primary"
              disabled={ready.length === 0 || busy !== null}
              onClick={() => void confirm()}
              data-testid="csv-confirm"
            >
              {busy === 'inviting' ? 'Inviting…' : `Invite ${people(ready.length)}`}
            </button>{' '}
            <button type="button" className="button button--secondary" disabled={busy !== null} onClick={reset}>
              Choose another file
            </button>
          </p>
        </>
      )}
    </section>
  );
}
