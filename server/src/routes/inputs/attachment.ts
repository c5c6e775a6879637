import fs from 'node:fs';
import { Hono } from 'hono';
import { INPUT_ATTACHMENT_MAX_BYTES, INPUT_ATTACHMENT_TYPES, type InputAttachmentKind } from '@plenary/shared/domain/index';
import type { AppEnv } from '../../http/env.ts';
import { ApiError, badRequest, notFound } from '../../errors.ts';
import { requireUser } from '../../http/session.ts';
import { readBoundedBody } from '../../http/bounded-body.ts';
import { loadInputAccess } from '../../queries/input-access.ts';
import { readInput, readLatestAttachment } from '../../queries/input-reader.ts';
import { readParagraphs } from '../../queries/paragraph-reader.ts';
import { presentInput } from '../../presenters/input.ts';
import { blockLabels } from '../../text/block-labels.ts';
import { announceInputChange } from '../../announcers/input-announcer.ts';
import { attachmentKind, RefusedAttachmentError } from '../../attachments/attachment-kind.ts';
import { attachmentPath, attachToInput } from '../../commands/input-attacher.ts';
import { assertNotSettled, assertSubmitted, assertSubmittingAgency } from './checks.ts';

const MAX_NAME = 200;
const MEBIBYTES = INPUT_ATTACHMENT_MAX_BYTES / (1024 * 1024);

/** The upload's file name as it will be offered back: no folders, no control characters, the kind's extension. */
function fileNameFor(raw: string | undefined, kind: InputAttachmentKind): string {
  const base = (raw ?? '').split(/[\\/]/).pop()!.trim();
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(base)) throw badRequest('The file name may not contain control characters.');
  if (base.length > MAX_NAME) throw badRequest(`The file name is limited to ${MAX_NAME} characters.`);
  const name = base || `attachment.${kind}`;
  return name.toLowerCase().endsWith(`.${kind}`) ? name : `${name}.${kind}`;
}

/** `filename*` per RFC 6266/5987, with a plain ASCII fallback for old clients. */
function contentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** An input's attachment: `PUT` the raw file (`?name=`), `GET` it back. */
export const attachmentRoutes = new Hono<AppEnv>()
  .put('/inputs/:id/attachment', async (c) => {
    const { services } = c.var;
    const access = loadInputAccess(services.db, requireUser(c), c.req.param('id'));
    assertSubmittingAgency(access, 'attach a file to');
    assertSubmitted(access.input, 'given an attachment');
    assertNotSettled(access.doc);
    const data = await readBoundedBody(
      c,
      INPUT_ATTACHMENT_MAX_BYTES,
      `An attachment is limited to ${MEBIBYTES} MB (${INPUT_ATTACHMENT_MAX_BYTES} bytes).`,
    );
    let kind: InputAttachmentKind;
    try {
      kind = attachmentKind(data);
    } catch (error) {
      if (error instanceof RefusedAttachmentError) throw new ApiError(415, 'unsupported_media_type', error.message);
      throw error;
    }
    const name = fileNameFor(c.req.query('name'), kind);
    attachToInput(services, access, { name, kind, data });
    announceInputChange(services, access, access.input.id);
    const record = readInput(services.db, access.doc.id, access.input.id)!;
    return c.json(presentInput(record, access, blockLabels(readParagraphs(services, access.doc.id))));
  })
  .get('/inputs/:id/attachment', (c) => {
    const { services } = c.var;
    const access = loadInputAccess(services.db, requireUser(c), c.req.param('id'));
    const attachment = readLatestAttachment(services.db, access.input.id);
    if (!attachment) throw notFound('Attachment');
    const data = fs.readFileSync(attachmentPath(services.config.dataDir, attachment.id));
    c.header('Content-Type', INPUT_ATTACHMENT_TYPES[attachment.kind]);
    c.header('Content-Disposition', contentDisposition(attachment.fileName));
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Cache-Control', 'private, no-store');
    return c.body(new Uint8Array(data));
  });
