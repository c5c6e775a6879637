import { Hono, type Context } from 'hono';
import { PROPOSAL_PAGE_DEFAULT, type CosponsorAnswer, type Position } from '@plenary/shared/domain/index';
import {
  acceptProposalInput,
  cosponsorshipInput,
  emptyProposalInput,
  proposalCursor,
  proposalListQuery,
  type ProposalListQuery,
  proposalPositionInput,
  rejectProposalInput,
  retableProposalInput,
  supersedeProposalInput,
  tableProposalInput,
} from '@plenary/shared/validation/index';
import type { AppEnv } from '../../http/env.ts';
import { notFound } from '../../errors.ts';
import { readJson } from '../../http/json-body.ts';
import { filledQueryParams } from '../../http/query-params.ts';
import type { ProposalPageResponse } from '@plenary/shared/api/index';
import { requireUser } from '../../http/session.ts';
import { loadDocumentAccess } from '../../queries/document-access.ts';
import { presentProposals, presentSingleProposal, type ProposalViewer } from '../../presenters/proposal.ts';
import { readParagraphs } from '../../queries/paragraph-reader.ts';
import { countEarlierOfKind, readProposal, readProposals, type ProposalListFilter } from '../../queries/proposal-reader.ts';
import { readObjectors } from '../../queries/proposal-objectors.ts';
import { announceProposalChanges } from '../../announcers/proposal-announcer.ts';
import { tableProposal } from '../../commands/proposal-tabler.ts';
import { acceptProposal } from '../../commands/proposal-accepter.ts';
import { closeProposal, type DecisionResult } from '../../commands/proposal-closer.ts';
import { takePosition, withdrawPosition } from '../../commands/proposal-positioner.ts';
import { respondToCosponsorship } from '../../commands/proposal-cosponsorship-responder.ts';
import { retableProposal } from '../../commands/proposal-retabler.ts';
import { reopenProposal } from '../../commands/proposal-reopener.ts';
import { type ProposalAccess, actingStakeholder, loadProposalAccess, stakeholdersSpokenFor } from '../../queries/proposal-access.ts';
import {
  assertMayDecide,
  assertMayTable,
  assertMayTakePosition,
  assertParagraphNotAgreed,
  assertObjectionsOverruled,
  assertReopenable,
  assertTabled,
  assertTablingSide,
} from './checks.ts';
import type { DocumentAccess } from '../../policies/actors.ts';
import { assertTextNotFinal } from '../silence/checks.ts';
import { assertBriefTakesProposals } from '../brief-stages/checks.ts';
import { textAdoption } from '../../queries/silence-reader.ts';

type Ctx = Context<AppEnv>;

function viewerOf(c: Ctx, access: DocumentAccess): ProposalViewer {
  const { db } = c.var.services;
  return {
    access,
    spokenFor: stakeholdersSpokenFor(db, access.participant.stakeholder.id),
    final: textAdoption(db, access.doc.id) !== undefined,
  };
}

/** The document's proposals as the caller may see them, optionally only those on one paragraph. */
function presentList(c: Ctx, access: DocumentAccess, filter: ProposalListFilter) {
  const { db } = c.var.services;
  return presentProposals(readProposals(db, access.doc, filter), viewerOf(c, access), readParagraphs(c.var.services, access.doc.id));
}

/** One page of the list in tabling order, labelled as the whole list would label it. */
function presentPage(c: Ctx, access: DocumentAccess, query: ProposalListQuery): ProposalPageResponse {
  const { db } = c.var.services;
  const limit = query.limit ?? PROPOSAL_PAGE_DEFAULT;
  // One more than asked tells whether another page follows.
  const records = readProposals(db, access.doc, { pid: query.pid, afterSeq: query.cursor, limit: limit + 1 });
  const page = records.slice(0, limit);
  const items = presentProposals(
    page,
    viewerOf(c, access),
    readParagraphs(c.var.services, access.doc.id),
    countEarlierOfKind(db, access.doc, page),
  );
  return { items, nextCursor: records.length > limit ? proposalCursor(page.at(-1)!.row.seq) : null };
}

/** One proposal as the caller sees it, reading only its own rows. */
function presentOne(c: Ctx, access: DocumentAccess, proposalId: string, status: 200 | 201 = 200) {
  const { db } = c.var.services;
  const record = readProposal(db, access.doc, proposalId);
  if (!record) throw notFound('Proposal');
  const paragraph = readParagraphs(c.var.services, access.doc.id).find((p) => p.pid === record.row.pid);
  return c.json(presentSingleProposal(record, viewerOf(c, access), paragraph), status);
}

function loadProposal(c: Ctx): ProposalAccess {
  return loadProposalAccess(c.var.services.db, requireUser(c), c.req.param('id')!);
}

/** A proposal about to change: refused once the document's text is final. */
function loadProposalToChange(c: Ctx): ProposalAccess {
  const access = loadProposal(c);
  assertTextNotFinal(c.var.services, access.doc);
  return access;
}

/** Reports a committed change to every reader, then answers with the proposal as the caller now sees it. */
function announceAndPresent(c: Ctx, access: ProposalAccess, result: DecisionResult = { changes: [], notifications: [] }) {
  const changes = result.changes.length > 0 ? result.changes : [{ proposalId: access.proposal.id, pid: access.proposal.pid }];
  announceProposalChanges(c.var.services, access, changes, result.notifications);
  return presentOne(c, access, access.proposal.id);
}

function paragraphLabel(c: Ctx, access: ProposalAccess): string | null {
  return readParagraphs(c.var.services, access.doc.id).find((p) => p.pid === access.proposal.pid)?.number ?? null;
}

/** Proposals: `/api/documents/:id/proposals` and `/api/proposals/:id/...`. */
export const proposalRoutes = new Hono<AppEnv>()
  .get('/documents/:id/proposals', (c) => {
    const query = proposalListQuery.parse(filledQueryParams(c));
    const access = loadDocumentAccess(c.var.services.db, requireUser(c), c.req.param('id'));
    if (query.limit === undefined && query.cursor === undefined) return c.json(presentList(c, access, { pid: query.pid }));
    return c.json(presentPage(c, access, query));
  })
  .post('/documents/:id/proposals', async (c) => {
    const input = await readJson(c, tableProposalInput);
    const { db } = c.var.services;
    const access = loadDocumentAccess(db, requireUser(c), c.req.param('id'));
    assertMayTable(access);
    assertTextNotFinal(c.var.services, access.doc);
    assertBriefTakesProposals(access.doc);
    assertParagraphNotAgreed(c.var.services, access, input.pid);
    const tabling = actingStakeholder(db, access.participant, input.onBehalfOf, 'table a proposal');
    const tabled = tableProposal(c.var.services, { access, input, tabling });
    announceProposalChanges(c.var.services, access, [{ proposalId: tabled.id, pid: tabled.pid }], tabled.notifications);
    return presentOne(c, access, tabled.id, 201);
  })
  .get('/proposals/:id', (c) => {
    const access = loadProposal(c);
    return presentOne(c, access, access.proposal.id);
  })
  .post('/proposals/:id/accept', async (c) => {
    const { overObjections } = await readJson(c, acceptProposalInput, { allowEmpty: true });
    const access = loadProposalToChange(c);
    assertMayDecide(access);
    assertTabled(access.proposal, 'accepted');
    assertObjectionsOverruled(readObjectors(c.var.services.db, access.proposal.id), overObjections);
    assertParagraphNotAgreed(c.var.services, access, access.proposal.pid);
    return announceAndPresent(c, access, acceptProposal(c.var.services, access));
  })
  .post('/proposals/:id/reject', async (c) => {
    const { reason } = await readJson(c, rejectProposalInput);
    const access = loadProposalToChange(c);
    assertMayDecide(access);
    assertTabled(access.proposal, 'rejected');
    const result = closeProposal(c.var.services.db, { access, status: 'rejected', reason, paragraphLabel: paragraphLabel(c, access) });
    return announceAndPresent(c, access, result);
  })
  .post('/proposals/:id/supersede', async (c) => {
    const { reason } = await readJson(c, supersedeProposalInput, { allowEmpty: true });
    const access = loadProposalToChange(c);
    assertMayDecide(access);
    assertTabled(access.proposal, 'superseded');
    const result = closeProposal(c.var.services.db, {
      access,
      status: 'superseded',
      reason: reason || null,
      paragraphLabel: paragraphLabel(c, access),
    });
    return announceAndPresent(c, access, result);
  })
  .post('/proposals/:id/reopen', async (c) => {
    await readJson(c, emptyProposalInput, { allowEmpty: true });
    const access = loadProposalToChange(c);
    assertMayDecide(access);
    assertReopenable(access.proposal);
    return announceAndPresent(c, access, reopenProposal(c.var.services, access));
  })
  .post('/proposals/:id/withdraw', async (c) => {
    await readJson(c, emptyProposalInput, { allowEmpty: true });
    const access = loadProposalToChange(c);
    assertTablingSide(access, 'withdraw');
    assertTabled(access.proposal, 'withdrawn');
    const result = closeProposal(c.var.services.db, { access, status: 'withdrawn', reason: null, paragraphLabel: null });
    return announceAndPresent(c, access, result);
  })
  .post('/proposals/:id/support', (c) => position(c, 'support'))
  .post('/proposals/:id/oppose', (c) => position(c, 'oppose'))
  .delete('/proposals/:id/position', (c) => {
    const access = loadProposalToChange(c);
    assertMayTakePosition(access);
    assertTabled(access.proposal, 'supported or opposed');
    withdrawPosition(c.var.services.db, access);
    return announceAndPresent(c, access);
  })
  .post('/proposals/:id/cosponsorship/confirm', (c) => cosponsorship(c, 'confirmed'))
  .post('/proposals/:id/cosponsorship/decline', (c) => cosponsorship(c, 'declined'))
  .post('/proposals/:id/retable', async (c) => {
    const input = await readJson(c, retableProposalInput);
    const access = loadProposalToChange(c);
    assertTablingSide(access, 're-table');
    assertTabled(access.proposal, 're-tabled');
    assertParagraphNotAgreed(c.var.services, access, access.proposal.pid);
    retableProposal(c.var.services, access, input);
    return announceAndPresent(c, access);
  });

async function position(c: Ctx, kind: Position) {
  const { reason } = await readJson(c, proposalPositionInput, { allowEmpty: true });
  const access = loadProposalToChange(c);
  assertMayTakePosition(access);
  assertTabled(access.proposal, 'supported or opposed');
  takePosition(c.var.services.db, { access, position: kind, reason });
  return announceAndPresent(c, access);
}

async function cosponsorship(c: Ctx, answer: CosponsorAnswer) {
  const input = await readJson(c, cosponsorshipInput, { allowEmpty: true });
  const { db } = c.var.services;
  const access = loadProposalToChange(c);
  assertMayTable(access);
  assertTabled(access.proposal, answer === 'confirmed' ? 'co-sponsored' : 'declined');
  const stakeholder = actingStakeholder(db, access.participant, input.stakeholderId, 'answer a co-sponsorship');
  respondToCosponsorship(db, { access, stakeholder, answer });
  return announceAndPresent(c, access);
}
