import type { Proposal, StakeholderPosition } from '../api/proposals.ts';

function PositionList({ title, positions, kind }: { title: string; positions: readonly StakeholderPosition[]; kind: string }) {
  return (
    <div className={`proposal-positions__group proposal-positions__group--${kind}`} data-testid={`proposal-${kind}`}>
      <dt>
        {title}{' '}
        <span className="proposal-positions__count" data-testid={`proposal-${kind}-count`}>
          {positions.length}
        </span>
      </dt>
      {positions.length === 0 && <dd className="proposal-positions__none">—</dd>}
      {positions.map((position) => (
        <dd key={position.stakeholder.id} data-stakeholder={position.stakeholder.id}>
          {position.stakeholder.shortName}
          {position.reason && <span className="proposal-positions__reason">: “{position.reason}”</span>}
        </dd>
      ))}
    </div>
  );
}

/** Who supports and who opposes the proposal, with their one-line reasons. */
export function ProposalPositions({ proposal }: { proposal: Proposal }) {
  if (proposal.supporters.length === 0 && proposal.opposers.length === 0) return null;
  return (
    <dl className="proposal-positions">
      <PositionList title="Supported by" positions={proposal.supporters} kind="supporters" />
      <PositionList title="Opposed by" positions={proposal.opposers} kind="opposers" />
    </dl>
  );
}
