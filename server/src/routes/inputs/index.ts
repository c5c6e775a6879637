import { Hono, type Context } from 'hono';
import { isLockedStatus } from '@plenary/shared/domain/index';
import { declineInputInput, editInputInput, incorporateInputInput, submitInputInput } from '@plenary/shared/validation/index';
import { z } from 'zod';
import type { AppEnv } from '../../http/env.ts';
import { conflict, notFound } from '../../errors.ts';
import { readJson } from '../../http/json-body.ts';
import { requireUser } from '../../http/session.ts';
import { loadDocumentAccess } from '../../queries/document-access.ts';
import { readParagraphs } from '../../queries/paragraph-reader.ts';
import { currentStatus } from '../../queries/paragraph-statuses.ts';
import { loadInputAccess, type InputAccess } from '../../queries/input-access.ts';
import { readInput, readInputs } from '../../queries/input-reader.ts';
import { presentInput, presentInputs } from '../../presenters/input.ts';
import { blockLabels } from '../../text/block-labels.ts';
import { announceInputChange } from '../../announcers/input-announcer.ts';
import { submitInput } from '../../commands/input-submitter.ts';
import { editInput } from '../../commands/input-editor.ts';
import { declineInput, withdrawInput } from '../../commands/input-closer.ts';
import { incorporateInput } from '../../commands/input-incorporator.ts';
import { inputTarget } from '../../commands/input-target.ts';
import type { DocumentAccess } from '../../policies/actors.ts';
import {
  assertBrief,
  assertMayDecide,
  assertMaySubmit,
  assertNotSettled,
  assertSubmitted,
  assertSubmittingAgency,
  assertTakesDecisions,
  assertTakesInputs,
} from './checks.ts';
import { attachmentRoutes } from './attachment.ts';

type Ctx = Context<AppEnv>;

const emptyInput = z.strictObject({});

function presentOne(c: Ctx, access: DocumentAccess, inputId: string, status: 200 | 201 = 200) {
  const record = readInput(c.var.services.db, access.doc.id, inputId);
  if (!record) throw notFound('Technical input');
  const labels = blockLabels(readParagraphs(c.var.services, access.doc.id));
  return c.json(presentInput(record, access, labels), status);
}

function loadInput(c: Ctx): InputAccess {
  return loadInputAccess(c.var.services.db, requireUser(c), c.req.param('id')!);
}

function labelOf(c: Ctx, access: InputAccess): string | null {
  return blockLabels(readParagraphs(c.var.services, access.doc.id)).get(access.input.pid) ?? null;
}

/** Agreed text takes no input until a co-lead reopens it. */
function assertTargetNotAgreed(c: Ctx, access: InputAccess): void {
  if (isLockedStatus(currentStatus(c.var.services.db, access.doc.id, access.input.pid))) {
    throw conflict(`${labelOf(c, access) ?? 'The paragraph'} is agreed: a co-lead must reopen it before an input changes it.`);
  }
}

/** Technical inputs to issue briefs: `/api/documents/:id/inputs` and `/api/inputs/:id/...`. */
export const inputRoutes = new Hono<AppEnv>()
  .get('/documents/:id/inputs', (c) => {
    const access = loadDocumentAccess(c.var.services.db, requireUser(c), c.req.param('id'));
    assertBrief(access.doc);
    const paragraphs = readParagraphs(c.var.services, access.doc.id);
    return c.json(presentInputs(readInputs(c.var.services.db, access.doc.id), access, paragraphs));
  })
  .post('/documents/:id/inputs', async (c) => {
    const access = loadDocumentAccess(c.var.services.db, requireUser(c), c.req.param('id'));
    const input = await readJson(c, submitInputInput);
    assertBrief(access.doc);
    assertMaySubmit(access);
    assertTakesInputs(access.doc);
    const target = inputTarget(readParagraphs(c.var.services, access.doc.id), input.pid, input.placement);
    const submitted = submitInput(c.var.services, { access, input, target });
    announceInputChange(c.var.services, access, submitted.id, submitted.notifications);
    return presentOne(c, access, submitted.id, 201);
  })
  .get('/inputs/:id', (c) => {
    const access = loadInput(c);
    return presentOne(c, access, access.input.id);
  })
  .patch('/inputs/:id', async (c) => {
    const access = loadInput(c);
    const edit = await readJson(c, editInputInput);
    assertSubmittingAgency(access, 'edit');
    assertSubmitted(access.input, 'edited');
    assertTakesInputs(access.doc, 'edited');
    inputTarget(readParagraphs(c.var.services, access.doc.id), access.input.pid, edit.placement ?? access.input.placement);
    editInput(c.var.services, access, edit);
    announceInputChange(c.var.services, access, access.input.id);
    return presentOne(c, access, access.input.id);
  })
  .post('/inputs/:id/withdraw', async (c) => {
    const access = loadInput(c);
    await readJson(c, emptyInput, { allowEmpty: true });
    assertSubmittingAgency(access, 'withdraw');
    assertSubmitted(access.input, 'withdrawn');
    assertNotSettled(access.doc);
    withdrawInput(c.var.services, access);
    announceInputChange(c.var.services, access, access.input.id);
    return presentOne(c, access, access.input.id);
  })
  .post('/inputs/:id/incorporate', async (c) => {
    const access = loadInput(c);
    const { text } = await readJson(c, incorporateInputInput, { allowEmpty: true });
    assertMayDecide(access);
    assertSubmitted(access.input, 'incorporated');
    assertTakesDecisions(access.doc);
    assertTargetNotAgreed(c, access);
    const notifications = incorporateInput(c.var.services, access, text);
    announceInputChange(c.var.services, access, access.input.id, notifications);
    return presentOne(c, access, access.input.id);
  })
  .post('/inputs/:id/decline', async (c) => {
    const access = loadInput(c);
    const { reason } = await readJson(c, declineInputInput);
    assertMayDecide(access);
    assertSubmitted(access.input, 'declined');
    assertTakesDecisions(access.doc);
    const notifications = declineInput(c.var.services, access, { reason, paragraphLabel: labelOf(c, access) });
    announceInputChange(c.var.services, access, access.input.id, notifications);
    return presentOne(c, access, access.input.id);
  })
  .route('/', attachmentRoutes);
