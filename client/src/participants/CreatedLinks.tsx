import type { CreatedInvitation } from '../api/admin.ts';
import { saveFile } from '../exports/saveFile.ts';
import { formatDateTime } from '../lib/dates.ts';
import { CopyButton } from './CopyButton.tsx';
import { linksCsv, linksText } from './createdLinks.ts';

interface Props {
  invitations: readonly CreatedInvitation[];
  caption: string;
  /** Offer copying all the links at once and a CSV of them (a batch). */
  all?: boolean;
  testId?: string;
}

/** The one-time links just made: shown this once (the server keeps no token), to copy or pass on. */
export function CreatedLinks({ invitations, caption, all = false, testId = 'created-links' }: Props) {
  const mailed = invitations.filter((i) => i.mailed).length;
  return (
    <div className="created-links" data-testid={testId}>
      <p className="created-links__note">
        {mailed === invitations.length
          ? invitations.length === 1
            ? 'The link was e-mailed. '
            : 'Every link was e-mailed. '
          : mailed === 0
            ? invitations.length === 1
              ? 'The link was not e-mailed: pass it on yourself. '
              : 'The links were not e-mailed: pass them on yourself. '
            : `${mailed} of ${invitations.length} links were e-mailed; pass on the others yourself. `}
        Each link works once and is shown only now.
      </p>
      {all && (
        <p className="created-links__all">
          <CopyButton text={linksText(invitations)} label="Copy all links as text" testId="copy-all-links" />{' '}
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => saveFile(new Blob([linksCsv(invitations)], { type: 'text/csv;charset=utf-8' }), 'invitation-links.csv')}
            data-testid="download-links"
          >
            Download a CSV of the links
          </button>
        </p>
      )}
      <div className="participants__scroll">
        <table className="participants-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Email</th>
              <th scope="col">Link</th>
              <th scope="col">E-mailed</th>
              <th scope="col">Expires</th>
            </tr>
          </thead>
          <tbody>
            {invitations.map((invitation) => (
              <tr key={invitation.id} data-testid="created-link">
                <td>{invitation.email}</td>
                <td className="created-links__link">
                  <input
                    type="text"
                    readOnly
                    value={invitation.link}
                    aria-label={`Link for ${invitation.email}`}
                    onFocus={(event) => event.currentTarget.select()}
                    data-testid="invitation-link"
                  />{' '}
                  <CopyButton text={invitation.link} ariaLabel={`Copy the link for ${invitation.email}`} testId="copy-link" />
                </td>
                <td>{invitation.mailed ? 'Yes' : 'No'}</td>
                <td>{formatDateTime(invitation.expiresAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
