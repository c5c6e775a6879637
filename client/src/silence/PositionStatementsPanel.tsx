import type { DocumentDetail } from '../api/types.ts';
import { StateMessage } from '../components/StateMessage.tsx';
import { useLiveCollection } from '../data/useLiveCollection.ts';
import { formatDateTime } from '../lib/dates.ts';
import { POSITION_KIND_LABELS, PositionStatementForm } from './PositionStatementForm.tsx';
import type { PositionStatement } from './silenceApi.ts';
import { positionStatementSource } from './silenceSources.ts';

interface Props {
  document: DocumentDetail;
  mayRecord: boolean;
}

interface Group {
  key: string;
  title: string;
  statements: PositionStatement[];
}

/** The text as a whole first, then each paragraph in the order of the final text. */
function byParagraph(document: DocumentDetail, statements: readonly PositionStatement[]): Group[] {
  const whole: Group = { key: 'whole', title: 'The text as a whole', statements: [] };
  const groups = new Map<string, Group>();
  for (const statement of statements) {
    if (statement.paragraphs.length === 0) whole.statements.push(statement);
    for (const paragraph of statement.paragraphs) {
      let group = groups.get(paragraph.pid);
      if (!group) groups.set(paragraph.pid, (group = { key: paragraph.pid, title: paragraph.number ?? 'A paragraph', statements: [] }));
      group.statements.push(statement);
    }
  }
  const order = new Map(document.paragraphs.map((p, index) => [p.pid, index]));
  const paragraphs = [...groups.values()].sort((a, b) => (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0));
  return [whole, ...paragraphs].filter((group) => group.statements.length > 0);
}

/**
 * With the final text: the explanations of position and reservations on record, per paragraph, and the form to
 * add one; folded, so that the final text stays in view.
 */
export function PositionStatementsPanel({ document, mayRecord }: Props) {
  const listed = useLiveCollection(positionStatementSource(document.id));
  const groups = byParagraph(document, listed.items);
  return (
    <details className="position-panel" data-testid="position-panel">
      <summary className="position-panel__title">
        Explanations of position and reservations{listed.loaded ? ` (${listed.items.length})` : ''}
      </summary>
      {listed.error && !listed.loading && (
        <StateMessage kind="error" action={{ label: 'Retry', onClick: () => void listed.collection.load() }}>
          The statements on record could not be loaded. {listed.error.message}
        </StateMessage>
      )}
      {!listed.loaded && !listed.error && <StateMessage kind="loading">Loading the statements on record…</StateMessage>}
      {listed.loaded && groups.length === 0 && <p className="position-panel__empty">No delegation has put a statement on record.</p>}
      {groups.map((group) => (
        <section key={group.key} className="position-panel__group" data-testid="position-group">
          <h3 className="position-panel__paragraph">{group.title}</h3>
          <ul className="position-panel__statements">
            {group.statements.map((statement) => (
              <li key={statement.id}>
                <strong>{statement.stakeholder.name}</strong> — {POSITION_KIND_LABELS[statement.kind]} ({statement.user.name},{' '}
                <time dateTime={statement.at}>{formatDateTime(statement.at)}</time>)<p>{statement.body}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {mayRecord && <PositionStatementForm document={document} onRecorded={() => void listed.collection.load()} />}
    </details>
  );
}
