import { Hono } from 'hono';
import { markdownExportQuery } from '@plenary/shared/validation/index';
import type { AppEnv } from '../../http/env.ts';
import { exportFileName } from '../../exports/export-document.ts';
import { markdownDocument } from '../../exports/markdown/markdown-document.ts';
import { download } from './download.ts';
import { loadExportDocument } from './export-access.ts';

/** `GET /api/documents/:id/export.md`: numbered paragraphs, optionally with the compilation of pending proposals. */
export const markdownExportRoutes = new Hono<AppEnv>().get('/documents/:id/export.md', (c) => {
  const query = markdownExportQuery.parse(c.req.query());
  const document = loadExportDocument(c);
  const compilation = query.proposals === 'compilation';
  const markdown = markdownDocument(document, { compilation });
  return download(c, markdown, 'text/markdown; charset=utf-8', exportFileName(document, compilation ? 'compilation' : null, 'md'));
});
