import { Hono } from 'hono';
import { aknExportQuery } from '@plenary/shared/validation/index';
import type { AppEnv } from '../../http/env.ts';
import { aknDocument } from '../../exports/akn/akn-document.ts';
import { exportFileName } from '../../exports/export-document.ts';
import { download } from './download.ts';
import { loadExportDocument } from './export-access.ts';

/** `GET /api/documents/:id/export.akn.xml`: Akoma Ntoso (AKN4UN), pending proposals as amendment metadata. */
export const aknExportRoutes = new Hono<AppEnv>().get('/documents/:id/export.akn.xml', (c) => {
  const query = aknExportQuery.parse(c.req.query());
  const document = loadExportDocument(c);
  const xml = aknDocument(document, { proposals: query.proposals === 'tracked' });
  return download(c, xml, 'application/akn+xml; charset=utf-8', exportFileName(document, null, 'akn.xml'));
});
