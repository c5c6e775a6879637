import type { Proposal } from '../api/proposals.ts';
import { KIND_LABELS } from '../proposals/proposalText.ts';

interface Props {
  /** The paragraph's number ("OP5"), or empty for a heading. */
  number: string;
  /** The paragraph's pending proposals, in tabling order. */
  pending: Proposal[];
  /** Who the screen follows: "Ana Morales · Mexico". */
  following: string;
  /** The paragraph's status ("Agreed"). */
  status?: string;
}

/** Beside the text on the room's screen: where the pen is, and what is tabled on that paragraph. */
export function ParagraphStanding({ number, pending, following, status }: Props) {
  const count = pending.length;
  return (
    <section className="paragraph-standing" aria-live="polite" data-testid="paragraph-standing">
      <p className="paragraph-standing__following">Following {following}</p>
      <h2 className="paragraph-standing__number" data-testid="standing-number">
        {number || 'Heading'}
      </h2>
      {status && (
        <p className="paragraph-standing__paragraph-status" data-testid="standing-paragraph-status">
          {status}
        </p>
      )}
      <p className="paragraph-standing__status" data-testid="standing-status">
        {count === 0 ? 'No pending proposals' : `${count} pending proposal${count === 1 ? '' : 's'}`}
      </p>
      {count > 0 && (
        <ul className="paragraph-standing__proposals">
          {pending.map((proposal) => (
            <li key={proposal.id} className="paragraph-standing__proposal" data-testid="standing-proposal">
              <strong>{proposal.label}</strong>{' '}
              <span className="paragraph-standing__kind">
                {KIND_LABELS[proposal.kind]}
                {proposal.paragraphLabel && proposal.paragraphLabel !== number ? ` ${proposal.paragraphLabel}` : ''}
              </span>
              {proposal.outdated && <span className="paragraph-standing__outdated"> · written on an earlier text</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
