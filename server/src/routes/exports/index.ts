import { Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { aknExportRoutes } from './akn.ts';
import { docxExportRoutes } from './docx.ts';
import { markdownExportRoutes } from './markdown.ts';
import { pdfExportRoutes } from './pdf.ts';

/** `/api/documents/:id/export.*`: the document as a file, for whoever may read it. */
export const exportRoutes = new Hono<AppEnv>()
  .route('/', docxExportRoutes)
  .route('/', aknExportRoutes)
  .route('/', markdownExportRoutes)
  .route('/', pdfExportRoutes);
