import { CLOSE_TEXT_FROZEN } from '@plenary/shared/protocol/index';
import { Hono, type Context } from 'hono';
import { DEFAULT_SILENCE_HOURS } from '@plenary/shared/domain/index';
import { breakSilenceInput, positionStatementInput, startSilenceInput } from '@plenary/shared/validation/index';
import type { AppEnv } from '../../http/env.ts';
import { badRequest, conflict, notFound } from '../../errors.ts';
import { readJson } from '../../http/json-body.ts';
import { requireUser } from '../../http/session.ts';
import { loadDocumentAccess } from '../../queries/document-access.ts';
import { readParagraphs } from '../../queries/paragraph-reader.ts';
import { readSilenceProcedure, readSilenceRecords, silenceStatementStakeholders, textAdoption } from '../../queries/silence-reader.ts';
import { readPositionStatements } from '../../queries/position-statement-reader.ts';
import { startSilence } from '../../commands/silence-starter.ts';
import { breakSilence } from '../../commands/silence-breaker.ts';
import { recordPositionStatement } from '../../commands/position-statement-recorder.ts';
import { announceSilenceEvent } from '../../announcers/silence-announcer.ts';
import { presentSilenceOverview, presentSilenceProcedure } from '../../presenters/silence.ts';
import { presentPositionStatement } from '../../presenters/position-statement.ts';
import { deadlineProblem, silenceRights } from '../../policies/silence-policy.ts';
import type { DocumentAccess } from '../../policies/actors.ts';
import { settleDueSilences } from '../../silence-settlement.ts';
import { latestRevisionKey, readRevisionOf } from '../../queries/revision-reader.ts';
import { assertDelegation, assertMayStartSilence } from './checks.ts';

type Ctx = Context<AppEnv>;

/** Loads the document and first ends any procedure on it whose deadline has passed by the clock. */
function loadSettledDocument(c: Ctx, documentId: string): DocumentAccess {
  const access = loadDocumentAccess(c.var.services.db, requireUser(c), documentId);
  settleDueSilences(c.var.services, access.doc.id);
  return access;
}

function presentProcedure(c: Ctx, access: DocumentAccess, procedureId: string, status: 200 | 201) {
  const [record] = readSilenceRecords(c.var.services.db, access.doc.id, [procedureId]);
  if (!record) throw notFound('Silence procedure');
  return c.json(presentSilenceProcedure(record), status);
}

function viewerOf(c: Ctx, access: DocumentAccess, now: Date) {
  const { db } = c.var.services;
  const records = readSilenceRecords(db, access.doc.id);
  const current = records.find((r) => r.row.outcome === null)?.row;
  const latest = latestRevisionKey(db, access.doc.id);
  const state = {
    adopted: textAdoption(db, access.doc.id) !== undefined,
    current,
    brokeAlready: current !== undefined && silenceStatementStakeholders(db, current.id).includes(access.participant.stakeholder.id),
    hasRevision: latest !== undefined,
  };
  return {
    records,
    latestRevision: latest ? { id: latest.id, name: latest.name } : null,
    viewer: silenceRights(access, state, now),
  };
}

/** Silence procedures: `/api/documents/:id/silence`, `/api/silence/:id/break` and the position statements of the final text. */
export const silenceRoutes = new Hono<AppEnv>()
  .get('/documents/:id/silence', (c) => {
    const access = loadSettledDocument(c, c.req.param('id'));
    const now = c.var.services.clock.now();
    return c.json(presentSilenceOverview({ now, ...viewerOf(c, access, now) }));
  })
  .post('/documents/:id/silence', async (c) => {
    const input = await readJson(c, startSilenceInput);
    const { db, clock } = c.var.services;
    const access = loadSettledDocument(c, c.req.param('id'));
    assertMayStartSilence(access);
    const revision = readRevisionOf(db, access.doc.id, input.revisionId);
    if (!revision) throw notFound('Revision of this document');
    const now = clock.now();
    const deadline = input.deadline ? new Date(input.deadline) : new Date(now.getTime() + DEFAULT_SILENCE_HOURS * 3600 * 1000);
    const problem = deadlineProblem(deadline, now);
    if (problem) throw badRequest(problem);
    const id = startSilence(c.var.services, { access, revision, deadline, now });
    c.var.services.rooms.closePeers(access.doc.id, CLOSE_TEXT_FROZEN, 'The text is under silence.');
    announceSilenceEvent(c.var.services, access, { type: 'silence.started', data: { procedureId: id } });
    return presentProcedure(c, access, id, 201);
  })
  .post('/silence/:id/break', async (c) => {
    const { statement } = await readJson(c, breakSilenceInput);
    const { db, clock } = c.var.services;
    const procedure = readSilenceProcedure(db, c.req.param('id'));
    if (!procedure) throw notFound('Silence procedure');
    const access = loadSettledDocument(c, procedure.documentId);
    assertDelegation(access.participant, 'break silence');
    breakSilence(db, { access, procedure, statement, now: clock.now() });
    announceSilenceEvent(c.var.services, access, {
      type: 'silence.broken',
      data: { procedureId: procedure.id, stakeholderId: access.participant.stakeholder.id },
    });
    return presentProcedure(c, access, procedure.id, 201);
  })
  .get('/documents/:id/position-statements', (c) => {
    const { db } = c.var.services;
    const access = loadSettledDocument(c, c.req.param('id'));
    const paragraphs = readParagraphs(c.var.services, access.doc.id);
    return c.json(readPositionStatements(db, access.doc.id).map((record) => presentPositionStatement(record, paragraphs)));
  })
  .post('/documents/:id/position-statements', async (c) => {
    const input = await readJson(c, positionStatementInput);
    const { db, clock } = c.var.services;
    const access = loadSettledDocument(c, c.req.param('id'));
    assertDelegation(access.participant, 'record explanations of position and reservations');
    const adoption = textAdoption(db, access.doc.id);
    if (!adoption) throw conflict('The text has not been adopted: explanations of position and reservations are recorded once it is.');
    const paragraphs = readParagraphs(c.var.services, access.doc.id);
    const numbered = new Set(paragraphs.filter((p) => p.number).map((p) => p.pid));
    const unknown = input.pids.filter((pid) => !numbered.has(pid));
    if (unknown.length > 0) throw badRequest(`Not a numbered paragraph of the final text: ${unknown.join(', ')}.`);
    const id = recordPositionStatement(db, { access, adoption, input, now: clock.now() });
    announceSilenceEvent(c.var.services, access, { type: 'position-statement.recorded', data: { statementId: String(id) } });
    const [record] = readPositionStatements(db, access.doc.id, id);
    return c.json(presentPositionStatement(record!, paragraphs), 201);
  });
