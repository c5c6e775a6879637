import { Hono } from 'hono';
import { pdfExportQuery } from '@plenary/shared/validation/index';
import type { AppEnv } from '../../http/env.ts';
import { exportFileName } from '../../exports/export-document.ts';
import { download } from './download.ts';
import { loadExportDocument } from './export-access.ts';

/** `GET /api/documents/:id/export.pdf`: the clean text or the compilation, in UN layout. */
export const pdfExportRoutes = new Hono<AppEnv>().get('/documents/:id/export.pdf', async (c) => {
  const query = pdfExportQuery.parse(c.req.query());
  const document = loadExportDocument(c);
  const compilation = query.proposals === 'compilation';
  // The PDF layout (pdfkit, the fonts) loads on the first PDF asked for, not at start-up.
  const { pdfDocument } = await import('../../exports/pdf/pdf-document.ts');
  const pdf = await pdfDocument(document, { compilation });
  return download(c, pdf, 'application/pdf', exportFileName(document, compilation ? 'compilation' : null, 'pdf'));
});
