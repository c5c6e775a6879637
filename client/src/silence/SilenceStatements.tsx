import { formatDateTime } from '../lib/dates.ts';
import type { SilenceProcedure } from './silenceApi.ts';

/** The statements that broke a silence, in the order they were made. */
export function SilenceStatements({ procedure }: { procedure: SilenceProcedure }) {
  if (procedure.statements.length === 0) return null;
  return (
    <ol className="silence-statements" data-testid="silence-statements">
      {procedure.statements.map((statement) => (
        <li key={statement.id} className="silence-statements__item">
          <p className="silence-statements__who">
            <strong>{statement.stakeholder.name}</strong> broke silence ({statement.user.name},{' '}
            <time dateTime={statement.at}>{formatDateTime(statement.at)}</time>)
          </p>
          <p className="silence-statements__body">{statement.body}</p>
        </li>
      ))}
    </ol>
  );
}
