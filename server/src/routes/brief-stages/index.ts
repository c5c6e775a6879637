import { Hono, type Context } from 'hono';
import { CLOSE_TEXT_FROZEN } from '@plenary/shared/protocol/index';
import { isBriefStage, stageLabel, type BriefStage } from '@plenary/shared/domain/index';
import { briefStageAllows, briefTransition, mayMoveBrief } from '@plenary/shared/permissions/index';
import { setBriefStageInput } from '@plenary/shared/validation/index';
import type { AppEnv } from '../../http/env.ts';
import { conflict, forbidden } from '../../errors.ts';
import { readJson } from '../../http/json-body.ts';
import { requireUser } from '../../http/session.ts';
import { loadDocumentAccess } from '../../queries/document-access.ts';
import { readDocumentFacts } from '../../queries/document-facts.ts';
import { readParagraphs } from '../../queries/paragraph-reader.ts';
import { briefStageHistory } from '../../queries/brief-stage-history.ts';
import { moveBriefStage } from '../../commands/brief-stage-mover.ts';
import { announceBriefStageChange } from '../../announcers/brief-stage-announcer.ts';
import { presentDocument } from '../../presenters/document.ts';
import { presentBriefStageChange } from '../../presenters/brief-stage.ts';
import type { DocumentAccess } from '../../policies/actors.ts';

type Ctx = Context<AppEnv>;

function loadAccess(c: Ctx) {
  return loadDocumentAccess(c.var.services.db, requireUser(c), c.req.param('id')!);
}

/** The brief's stage; the compact has none (its state is its revisions and silence). */
function stageOf(access: DocumentAccess): BriefStage {
  if (access.doc.kind !== 'brief' || !isBriefStage(access.doc.status)) {
    throw conflict('Only an issue brief has a stage; the compact moves by revisions and silence.');
  }
  return access.doc.status;
}

const label = (stage: BriefStage) => `"${stageLabel(stage)}"`;

/** The lifecycle of an issue brief: `PUT /api/documents/:id/stage` and `GET /api/documents/:id/stage-history`. */
export const briefStageRoutes = new Hono<AppEnv>()
  .put('/documents/:id/stage', async (c) => {
    const input = await readJson(c, setBriefStageInput);
    const { db, rooms } = c.var.services;
    const access = loadAccess(c);
    const from = stageOf(access);
    const { actor } = access.participant;
    const anyMove =
      mayMoveBrief(actor, access.target.leadStakeholderIds, { by: 'co-leads' }) || mayMoveBrief(actor, [], { by: 'secretariat' });
    if (!anyMove) throw forbidden("Only the brief's co-leads, and the secretariat for endorsement and publication, move a brief.");
    const transition = briefTransition(from, input.stage);
    if (!transition) throw conflict(`A brief does not move from ${label(from)} to ${label(input.stage)}.`);
    if (!mayMoveBrief(actor, access.target.leadStakeholderIds, transition)) {
      throw forbidden(
        transition.by === 'secretariat'
          ? `Only the secretariat moves a brief from ${label(from)} to ${label(input.stage)}.`
          : `Only the brief's co-leads move it from ${label(from)} to ${label(input.stage)}.`,
      );
    }
    moveBriefStage(db, { access, from, to: input.stage, inputsDeadline: input.inputsDeadline ?? null });
    const moved = loadDocumentAccess(db, access.participant.user, access.doc.id);
    // Sockets reconnect with the access the new stage gives: read-only, or the pen again.
    if (briefStageAllows('edit-text', from) !== briefStageAllows('edit-text', input.stage)) {
      rooms.closePeers(access.doc.id, CLOSE_TEXT_FROZEN, `The brief is now ${stageLabel(input.stage).toLocaleLowerCase()}.`);
    }
    announceBriefStageChange(c.var.services, access, moved, input.stage);
    return c.json(presentDocument(moved, readDocumentFacts(db, moved, readParagraphs(c.var.services, moved.doc.id))));
  })
  .get('/documents/:id/stage-history', (c) => {
    const access = loadAccess(c);
    stageOf(access);
    return c.json(briefStageHistory(c.var.services.db, access.doc.id).map(presentBriefStageChange));
  });
