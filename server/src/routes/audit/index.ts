import { Hono } from 'hono';
import { auditLogQuery } from '@plenary/shared/validation/index';
import type { AppEnv } from '../../http/env.ts';
import { filledQueryParams } from '../../http/query-params.ts';
import { requireUser } from '../../http/session.ts';
import { forbidden } from '../../errors.ts';
import { loadDocumentAccess } from '../../queries/document-access.ts';
import { threadReader } from '../../queries/thread-access.ts';
import { unreadableThreadIds } from '../../queries/audit-visibility.ts';
import { readAuditPage } from '../../queries/audit-log-reader.ts';
import { readAuditFilterOptions } from '../../queries/audit-filter-options.ts';
import { readParagraphs } from '../../queries/paragraph-reader.ts';
import { mayReadAudit } from '../../policies/audit-policy.ts';
import { presentAuditLog } from '../../presenters/audit.ts';

/** The audit log of a document: `/api/documents/:id/audit`, for its pen-holders and the secretariat. */
export const auditRoutes = new Hono<AppEnv>().get('/documents/:id/audit', (c) => {
  const query = auditLogQuery.parse(filledQueryParams(c));
  const { db } = c.var.services;
  const access = loadDocumentAccess(db, requireUser(c), c.req.param('id'));
  if (!mayReadAudit(access)) throw forbidden('Only the holders of the pen and the secretariat may read the audit log of this document.');
  const hidden = unreadableThreadIds(db, access.doc.id, threadReader(db, access.participant));
  const page = readAuditPage(db, access.doc.id, query, hidden);
  const options = readAuditFilterOptions(db, access.doc.id, hidden);
  return c.json(presentAuditLog(page, options, readParagraphs(c.var.services, access.doc.id)));
});
