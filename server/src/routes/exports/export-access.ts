import type { Context } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { requireUser } from '../../http/session.ts';
import { readExportDocument, type ExportDocument } from '../../exports/export-document.ts';
import { loadDocumentAccess } from '../../queries/document-access.ts';

/** The document to export, as the caller may read it: 404 for what they may not see, 403 outside their process. */
export function loadExportDocument(c: Context<AppEnv>): ExportDocument {
  const access = loadDocumentAccess(c.var.services.db, requireUser(c), c.req.param('id')!);
  return readExportDocument(c.var.services, access);
}
