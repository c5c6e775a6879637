import { proposalRedline } from '@plenary/shared/compilation/index';
import { Link } from 'react-router';
import type { Proposal } from '../api/proposals.ts';
import { formatDateTime } from '../lib/dates.ts';
import { stakeholderColor } from '../lib/stakeholderColor.ts';
import { ProposalWording } from '../proposals/ProposalWording.tsx';
import { KIND_LABELS, STATUS_LABELS } from '../proposals/proposalText.ts';

interface Props {
  documentId: string;
  proposals: readonly Proposal[];
  createdByProposalId: string | null;
}

/** Every proposal on the paragraph the reader may see, with what it proposed against its base text and its outcome. */
export function ProposalRecord({ documentId, proposals, createdByProposalId }: Props) {
  return (
    <section className="history__section" aria-labelledby="history-proposals">
      <h2 id="history-proposals">Proposals</h2>
      {proposals.length === 0 ? (
        <p className="history__hint" data-testid="history-no-proposals">
          No proposal has been tabled on this paragraph.
        </p>
      ) : (
        <ol className="history__list">
          {proposals.map((proposal) => (
            <ProposalEntry key={proposal.id} documentId={documentId} proposal={proposal} created={proposal.id === createdByProposalId} />
          ))}
        </ol>
      )}
    </section>
  );
}

function ProposalEntry({ documentId, proposal, created }: { documentId: string; proposal: Proposal; created: boolean }) {
  const color = stakeholderColor(proposal.tabledBy.shortName);
  // Against the text it was written for: what its sponsors asked for, whatever became of the paragraph since.
  const redline = proposalRedline(proposal, proposal.baseText);
  const { decision } = proposal;
  return (
    <li className="history-proposal" data-testid="history-proposal" data-proposal-id={proposal.id} data-status={proposal.status}>
      <h3 className="history-proposal__head">
        <span className="proposal-card__chip" style={{ background: color }}>
          {proposal.label}
        </span>{' '}
        {KIND_LABELS[proposal.kind]}
        {proposal.paragraphLabel ? ` · ${proposal.paragraphLabel}` : ''}{' '}
        <span className={`proposal-card__status proposal-card__status--${proposal.status}`} data-testid="history-proposal-status">
          {STATUS_LABELS[proposal.status]}
        </span>
      </h3>
      <p className="history__byline">
        Tabled by {proposal.tabledBy.name} ({proposal.author.name}),{' '}
        <time dateTime={proposal.createdAt}>{formatDateTime(proposal.createdAt)}</time>
        {created && <strong> · its acceptance created this paragraph</strong>}
      </p>
      <ProposalWording proposal={proposal} redline={redline} color={color} />
      {proposal.justification && <blockquote className="proposal-card__justification">{proposal.justification}</blockquote>}
      {decision && (
        <p className="history__decision" data-testid="history-proposal-decision">
          {STATUS_LABELS[decision.status]} by {decision.by.name}
          {decision.by.stakeholder ? ` (${decision.by.stakeholder})` : ''}
          {decision.at && (
            <>
              , <time dateTime={decision.at}>{formatDateTime(decision.at)}</time>
            </>
          )}
          {decision.reason ? `: “${decision.reason}”` : ''}
        </p>
      )}
      <p className="history__link no-print">
        <Link to={`/documents/${encodeURIComponent(documentId)}?proposal=${encodeURIComponent(proposal.id)}`}>
          Show {proposal.label}’s proposal in the document
        </Link>
      </p>
    </li>
  );
}
