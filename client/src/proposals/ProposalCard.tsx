import { useEffect, useRef, type CSSProperties } from 'react';
import type { Proposal } from '../api/proposals.ts';
import { stakeholderColor } from '../lib/stakeholderColor.ts';
import { useDecisionDesk } from './decisionDesk.ts';
import { ProposalActions } from './ProposalActions.tsx';
import { ProposalPositions } from './ProposalPositions.tsx';
import { ProposalWording } from './ProposalWording.tsx';
import { ReopenDecision } from './ReopenDecision.tsx';
import { KIND_LABELS, STATUS_LABELS } from './proposalText.ts';
import { proposalRedline } from './redline.ts';
import type { LiveParagraph } from './useParagraphs.ts';
import { scrollIntoPanel } from '../components/scrollIntoPanel.ts';

interface Props {
  proposal: Proposal;
  paragraph: LiveParagraph | undefined;
  /** Set when the proposal was just chosen in the text: bring the card into view. */
  focusAt: number | null;
  showParagraph: boolean;
  onChanged: (proposal: Proposal) => void;
  onRetable: (proposal: Proposal) => void;
}

/** One proposal: who tabled it and for whom, its wording as a redline, the room's positions, and what the reader may do. */
export function ProposalCard({ proposal, paragraph, focusAt, showParagraph, onChanged, onRetable }: Props) {
  const ref = useRef<HTMLElement>(null);
  const redline = proposalRedline(proposal, paragraph?.text);
  const color = stakeholderColor(proposal.tabledBy.shortName);
  const onBehalf = proposal.author.stakeholder !== proposal.tabledBy.shortName;
  const cosponsors = proposal.cosponsors.filter((c) => c.status !== 'declined');
  const { decisions, selection } = useDecisionDesk();
  const selectable = proposal.viewer.canDecide && proposal.status === 'tabled' && !decisions.isDeciding(proposal.id);

  useEffect(() => {
    if (focusAt === null || !ref.current) return;
    scrollIntoPanel(ref.current);
    ref.current.focus({ preventScroll: true });
  }, [focusAt]);

  return (
    <article
      ref={ref}
      tabIndex={-1}
      className={`proposal-card proposal-card--${proposal.status}${focusAt !== null ? ' is-focused' : ''}`}
      style={{ '--stakeholder': color } as CSSProperties}
      data-testid="proposal-card"
      data-proposal-id={proposal.id}
      data-status={proposal.status}
      data-label={proposal.label}
      data-kind={proposal.kind}
      data-outdated={redline.state === 'outdated' || undefined}
      aria-label={`${proposal.label}: ${KIND_LABELS[proposal.kind]} ${proposal.paragraphLabel ?? ''}, ${STATUS_LABELS[proposal.status]}`}
    >
      <header className="proposal-card__head">
        {selectable && (
          <input
            type="checkbox"
            className="proposal-card__select"
            checked={selection.ids.has(proposal.id)}
            onChange={() => selection.toggle(proposal)}
            aria-label={`Select ${proposal.label} on ${proposal.paragraphLabel ?? 'a removed paragraph'} for a decision on several`}
            data-testid="proposal-select"
          />
        )}
        <span className="proposal-card__chip">{proposal.label}</span>
        <span className="proposal-card__kind">
          {KIND_LABELS[proposal.kind]}
          {(showParagraph || proposal.kind === 'insert-after' || proposal.kind === 'alternative') && proposal.paragraphLabel
            ? ` · ${proposal.paragraphLabel}`
            : ''}
        </span>
        <span className={`proposal-card__status proposal-card__status--${proposal.status}`} data-testid="proposal-status">
          {STATUS_LABELS[proposal.status]}
        </span>
      </header>
      {proposal.status === 'tabled' && redline.state === 'outdated' && (
        <p className="proposal-card__outdated" data-testid="proposal-outdated">
          Outdated: {paragraph?.label ?? 'the paragraph'} changed where this proposal does.{' '}
          {proposal.viewer.canWithdraw ? 'Re-table it against the current text.' : 'Its author must re-table it.'}
        </p>
      )}
      <p className="proposal-card__byline">
        {proposal.author.name}
        {proposal.author.stakeholder ? ` (${proposal.author.stakeholder})` : ''}
        {onBehalf ? `, on behalf of ${proposal.tabledBy.name}` : ''}
        {cosponsors.length > 0 && (
          <span className="proposal-card__cosponsors" data-testid="proposal-cosponsors">
            {'; co-sponsors: '}
            {cosponsors.map((c, index) => (
              <span key={c.stakeholder.id}>
                {index > 0 ? ', ' : ''}
                {c.stakeholder.shortName}
                {c.status === 'invited' ? ' (invited)' : ''}
              </span>
            ))}
          </span>
        )}
      </p>
      <ProposalWording proposal={proposal} redline={redline} color={color} />
      {redline.state === 'rebased' && proposal.status === 'tabled' && (
        <p className="proposal-card__note">Shown against the current text: {paragraph?.label} changed since it was tabled.</p>
      )}
      {proposal.justification && <blockquote className="proposal-card__justification">{proposal.justification}</blockquote>}
      <ProposalPositions proposal={proposal} />
      {proposal.decision && (
        <p className="proposal-card__decision" data-testid="proposal-decision">
          {STATUS_LABELS[proposal.decision.status]} by {proposal.decision.by.name}
          {proposal.decision.by.stakeholder ? ` (${proposal.decision.by.stakeholder})` : ''}
          {proposal.decision.reason ? `: “${proposal.decision.reason}”` : ''}
        </p>
      )}
      <ProposalActions proposal={proposal} outdated={redline.state !== 'current'} onChanged={onChanged} onRetable={onRetable} />
      {proposal.viewer.canReopen && <ReopenDecision key={proposal.decision?.at} proposal={proposal} onChanged={onChanged} />}
    </article>
  );
}
