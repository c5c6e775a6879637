import type { Redline as RedlineData } from '@plenary/shared/compilation/index';
import type { Proposal } from '../api/proposals.ts';
import { Redline } from './Redline.tsx';

interface Props {
  proposal: Proposal;
  redline: RedlineData;
  color: string;
}

/** What a proposal would do to the text, in the form the room reads it for its kind. */
export function ProposalWording({ proposal, redline, color }: Props) {
  switch (proposal.kind) {
    case 'amend':
      return <Redline ops={redline.ops} color={color} className="redline proposal-card__text" testId="proposal-redline" />;
    case 'delete':
      return (
        <div className="proposal-card__text" data-testid="proposal-redline">
          <p className="proposal-card__instruction">Delete the paragraph:</p>
          <Redline ops={redline.ops} color={color} />
        </div>
      );
    case 'insert-after':
      return (
        <div className="proposal-card__text" data-testid="proposal-redline">
          <p className="proposal-card__instruction">Insert a new paragraph {proposal.paragraphLabel}:</p>
          <Redline ops={redline.ops} color={color} />
        </div>
      );
    case 'alternative':
      return (
        <div className="proposal-card__text" data-testid="proposal-redline">
          <p className="proposal-card__instruction">Alternative wording, bracketed against the original:</p>
          <p className="redline" style={{ color }}>
            [{proposal.paragraphLabel} {proposal.text}]
          </p>
        </div>
      );
  }
}
