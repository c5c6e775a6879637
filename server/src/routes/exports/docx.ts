import { Hono } from 'hono';
import { exportQuery, LIVE_TEXT } from '@plenary/shared/validation/index';
import { badRequest } from '../../errors.ts';
import type { AppEnv } from '../../http/env.ts';
import { requireUser } from '../../http/session.ts';
import { visibleProposals } from './export-access.ts';
import { loadDocumentAccess } from '../../queries/document-access.ts';
import { readRevisionOf } from '../../queries/revision-reader.ts';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** `/api/documents/:id/export.docx`: the document as a Word file, for whoever may read it. */
export const docxExportRoutes = new Hono<AppEnv>().get('/documents/:id/export.docx', async (c) => {
  const { services } = c.var;
  const { db } = services;
  const query = exportQuery.parse(c.req.query());
  const access = loadDocumentAccess(db, requireUser(c), c.req.param('id'));
  for (const ref of [query.from, query.to]) {
    if (ref !== undefined && ref !== LIVE_TEXT && !readRevisionOf(db, access.doc.id, ref)) {
      throw badRequest(`No revision "${ref}" of this document: \`from\` and \`to\` take a revision id of it (or \`live\` for \`to\`).`);
    }
  }
  if (query.from === LIVE_TEXT) throw badRequest('`from` takes a revision id: the earlier side of a redline is an issued revision.');
  const proposals = () => visibleProposals(c, access);
  // The Word writer loads on the first Word file asked for, not at start-up.
  const { exportDocx } = await import('../../exports/docx/docx-exporter.ts');
  const file = await exportDocx({ services, access, query, proposals });
  c.header('Content-Type', DOCX_TYPE);
  c.header('Content-Disposition', `attachment; filename="${fileName(access.doc.title)}.docx"`);
  c.header('Cache-Control', 'no-store');
  return c.body(new Uint8Array(file));
});

/** A file name anyone's system accepts: the title's letters and digits, dashes between. */
function fileName(title: string): string {
  return (
    title
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'document'
  );
}
