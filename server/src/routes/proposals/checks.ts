import { isLockedStatus, type ParagraphStatus } from '@plenary/shared/domain/index';
import type { DocumentRow, ProposalRow, Stakeholder } from '../../db/types.ts';
import { conflict, forbidden } from '../../errors.ts';
import type { ProposalAccess } from '../../queries/proposal-access.ts';
import { isTablingSide, mayDecide, mayTable, mayTakePosition } from '../../policies/proposal-policy.ts';
import type { DocumentAccess } from '../../policies/actors.ts';
import type { Services } from '../../services.ts';
import { readParagraphs } from '../../queries/paragraph-reader.ts';
import { currentStatus } from '../../queries/paragraph-statuses.ts';

/** The authorize step of the proposal routes: each check answers 403 or 409 with the reason. */

export function assertMayTable(access: DocumentAccess): void {
  if (!mayTable(access)) throw forbidden('Your role does not allow tabling proposals on this document.');
}

export function assertMayTakePosition(access: DocumentAccess): void {
  if (!mayTakePosition(access)) throw forbidden('Your role does not allow taking positions on proposals on this document.');
}

export function assertMayDecide(access: DocumentAccess): void {
  if (!mayDecide(access)) throw forbidden('Only the holders of the pen decide on proposals.');
}

/** Withdrawing and re-tabling belong to the tabling side, and only while it may still table. */
export function assertTablingSide(access: ProposalAccess, what: string): void {
  assertMayTable(access);
  if (!isTablingSide(access.participant, access.proposal)) {
    throw forbidden(`Only the delegation that tabled this proposal can ${what} it.`);
  }
}

/** Decisions, withdrawals, positions and re-tabling all apply to proposals still on the table. */
export function assertTabled(proposal: ProposalRow, what: string): void {
  if (proposal.status !== 'tabled') throw conflict(`The proposal is already ${proposal.status}: it can no longer be ${what}.`);
}

/** Accepting against a delegation's objection is a deliberate act: the pen-holder must say so. */
export function assertObjectionsOverruled(objectors: readonly Stakeholder[], overObjections: boolean): void {
  if (objectors.length === 0 || overObjections) return;
  const names = objectors.map((s) => s.name);
  const who = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  throw conflict(
    `${who} ${names.length === 1 ? 'opposes' : 'oppose'} this proposal: confirm that it is accepted over the objections (overObjections: true).`,
    { opposedBy: objectors.map((s) => ({ id: s.id, name: s.name })) },
  );
}

/** Only a decision taken can be reopened: an accepted or a rejected proposal. */
export function assertReopenable(proposal: ProposalRow): void {
  if (proposal.status === 'accepted' || proposal.status === 'rejected') return;
  const why = proposal.status === 'tabled' ? 'it is still on the table' : `it was ${proposal.status}, not decided`;
  throw conflict(`Only an accepted or rejected proposal can be reopened: ${why}.`);
}

/** Agreed text takes no new proposal and no decision that would change it until a pen-holder reopens it. */
export function assertNotAgreed(doc: DocumentRow, status: ParagraphStatus, label: () => string): void {
  if (!isLockedStatus(status)) return;
  const reopener = doc.kind === 'brief' ? 'a lead agency' : 'a co-facilitator';
  throw conflict(`${label()} is agreed: ${reopener} must reopen it before it can be amended.`);
}

/** Refuses (409) anything that would amend a paragraph while it is agreed. A sub-point is part of its paragraph: agreed with it, so locked when either is agreed. */
export function assertParagraphNotAgreed(services: Pick<Services, 'db' | 'rooms'>, access: DocumentAccess, pid: string): void {
  const paragraphs = readParagraphs(services, access.doc.id);
  const index = paragraphs.findIndex((p) => p.pid === pid);
  const label = (at: number) => () => paragraphs[at]?.number || 'This paragraph';
  assertNotAgreed(access.doc, currentStatus(services.db, access.doc.id, pid), label(index));
  if (paragraphs[index]?.type !== 'subPoint') return;
  let parent = index - 1;
  while (parent >= 0 && paragraphs[parent]!.type === 'subPoint') parent--;
  if (parent >= 0) assertNotAgreed(access.doc, currentStatus(services.db, access.doc.id, paragraphs[parent]!.pid), label(parent));
}
