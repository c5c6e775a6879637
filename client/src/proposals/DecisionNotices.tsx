import type { CSSProperties } from 'react';
import type { Proposal } from '../api/proposals.ts';
import { UNDO_WINDOW_MS, type DecisionOutcome, type DecisionVerb, type DeferredDecisions } from './useDeferredDecisions.ts';

const DONE: Record<DecisionVerb, string> = { accept: 'Accepted', reject: 'Rejected' };
const NOT_DONE: Record<DecisionVerb, string> = { accept: 'not accepted', reject: 'not rejected' };

/** How the room names a proposal in a decision: "OP3 (EU)", "3bis (Canada +2)". */
export function decisionName(proposal: Proposal): string {
  return `${proposal.paragraphLabel ?? 'a removed paragraph'} (${proposal.label})`;
}

function Outcome({ verb, outcome }: { verb: DecisionVerb; outcome: DecisionOutcome }) {
  return (
    <li data-testid="decision-outcome" data-proposal-id={outcome.proposal.id} data-ok={outcome.error ? 'false' : 'true'}>
      {outcome.error
        ? `${decisionName(outcome.proposal)} was ${NOT_DONE[verb]}${outcome.status === 409 ? ' (it no longer applies)' : ''}: ${outcome.error}`
        : `${DONE[verb]} ${decisionName(outcome.proposal)}.`}
    </li>
  );
}

/** The decisions waiting to be sent, each with its Undo, and what the server answered to those sent. */
export function DecisionNotices({ decisions }: { decisions: DeferredDecisions }) {
  if (decisions.pending.length === 0 && decisions.reports.length === 0) return null;
  return (
    <div className="decision-notices" data-testid="decision-notices">
      {decisions.pending.map((decision) => (
        <div key={decision.key} className="decision-notice" role="status" data-testid="decision-pending" data-verb={decision.verb}>
          <span className="decision-notice__text">
            {DONE[decision.verb]} {decision.proposals.map(decisionName).join(', ')}
          </span>
          {' — '}
          <button
            type="button"
            className="link-button decision-notice__undo"
            onClick={() => decisions.undo(decision.key)}
            data-testid="decision-undo"
          >
            Undo
          </button>
          <span className="decision-notice__clock" style={{ '--undo-window': `${UNDO_WINDOW_MS}ms` } as CSSProperties} aria-hidden="true" />
        </div>
      ))}
      {decisions.reports.map((report) => {
        const failed = report.outcomes.some((outcome) => outcome.error);
        return (
          <div
            key={report.key}
            className={`decision-notice decision-notice--sent${failed ? ' decision-notice--failed' : ''}`}
            role={failed ? 'alert' : 'status'}
            data-testid="decision-report"
          >
            <ul className="decision-notice__outcomes">
              {report.outcomes.map((outcome) => (
                <Outcome key={outcome.proposal.id} verb={report.verb} outcome={outcome} />
              ))}
            </ul>
            <button type="button" className="link-button" onClick={() => decisions.dismiss(report.key)}>
              Dismiss
            </button>
          </div>
        );
      })}
    </div>
  );
}
