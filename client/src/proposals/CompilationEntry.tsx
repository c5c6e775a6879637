import { attribution } from '@plenary/shared/compilation/index';
import type { Proposal } from '../api/proposals.ts';
import { stakeholderColor } from '../lib/stakeholderColor.ts';
import { KIND_LABELS, STATUS_LABELS } from './proposalText.ts';
import { Redline } from './Redline.tsx';
import { proposalRedline } from './redline.ts';

interface Props {
  proposal: Proposal;
  /** The paragraph label the compilation lists it under ("OP3", "3bis", "3alt"); null when its paragraph is gone. */
  label: string | null;
  currentText: string | undefined;
}

/** One proposal as the compilation text prints it: label, attribution, wording, justification, status. */
export function CompilationEntry({ proposal, label, currentText }: Props) {
  const redline = proposalRedline(proposal, currentText);
  const color = stakeholderColor(proposal.tabledBy.shortName);
  const invited = proposal.cosponsors.filter((c) => c.status === 'invited');
  return (
    <li
      className={`compilation-entry compilation-entry--${proposal.status}`}
      data-testid="compilation-entry"
      data-proposal-id={proposal.id}
      data-status={proposal.status}
      data-label={proposal.label}
    >
      <p className="compilation-entry__attribution">
        <strong>{label ?? '—'}</strong> <span className="compilation-entry__kind">({KIND_LABELS[proposal.kind].toLowerCase()})</span>{' '}
        <span data-testid="compilation-attribution">{attribution(proposal)}</span>
        {invited.length > 0 && (
          <span className="compilation-entry__invited"> (invited: {invited.map((c) => c.stakeholder.shortName).join(', ')})</span>
        )}
      </p>
      {proposal.kind === 'alternative' ? (
        <p className="redline compilation-entry__text" style={{ color }}>
          [{label} {proposal.text}]
        </p>
      ) : (
        <Redline ops={redline.ops} color={color} className="redline compilation-entry__text" />
      )}
      {proposal.justification && <p className="compilation-entry__justification">Justification: {proposal.justification}</p>}
      {[...proposal.supporters, ...proposal.opposers].some((p) => p.reason) && (
        <ul className="compilation-entry__reasons">
          {[...proposal.supporters, ...proposal.opposers]
            .filter((p) => p.reason)
            .map((p) => (
              <li key={p.stakeholder.id}>
                {p.stakeholder.shortName}: “{p.reason}”
              </li>
            ))}
        </ul>
      )}
      <p className="compilation-entry__status" data-testid="compilation-status">
        Status: {STATUS_LABELS[proposal.status]}
        {proposal.status === 'tabled' && redline.state === 'outdated' ? ' (outdated: to be re-tabled)' : ''}
        {proposal.decision ? ` — ${proposal.decision.by.name}${proposal.decision.reason ? `: “${proposal.decision.reason}”` : ''}` : ''}
      </p>
    </li>
  );
}
