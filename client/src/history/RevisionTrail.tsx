import { Redline } from '../proposals/Redline.tsx';
import { formatDate } from '../lib/dates.ts';
import type { ParagraphHistory } from './api.ts';
import { isUnchanged, revisionSteps } from './revisionSteps.ts';

/** The paragraph in each revision and now, each with a word redline from the text before it. */
export function RevisionTrail({ history }: { history: ParagraphHistory }) {
  const steps = revisionSteps(history);
  return (
    <section className="history__section" aria-labelledby="history-revisions">
      <h2 id="history-revisions">In each revision</h2>
      {history.revisions.length === 0 && <p className="history__hint">No revision of this document has been issued yet.</p>}
      <ol className="history__list" data-testid="history-revisions">
        {steps.map((step) => (
          <li key={step.key} className="history-step" data-testid="history-revision" data-revision={step.key}>
            <h3 className="history-step__name">
              {step.name}
              {step.issuedOn && <span className="history-step__date">, {formatDate(step.issuedOn)}</span>}
              {step.number && <span className="history-step__number"> · {step.number}</span>}
            </h3>
            {step.text === null ? (
              <p className="history__hint" data-testid="history-revision-absent">
                {step.key === 'live' ? 'Deleted from the live text.' : 'Not in this revision.'}
              </p>
            ) : step.changes && !isUnchanged(step.changes) ? (
              <Redline ops={step.changes} className="redline history-step__text" testId="history-revision-text" />
            ) : (
              <p className="history-step__text" data-testid="history-revision-text">
                {step.text}
                {step.changes && <span className="history__hint history-step__same"> (unchanged)</span>}
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
