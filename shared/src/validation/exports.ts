import { z } from 'zod';

/** How an export shows the pending proposals: left out, as tracked changes, or as a compilation text. */
export const EXPORT_PROPOSAL_MODES = ['none', 'tracked', 'compilation'] as const;
export type ExportProposalMode = (typeof EXPORT_PROPOSAL_MODES)[number];

function proposalsParam<const M extends readonly [ExportProposalMode, ...ExportProposalMode[]]>(modes: M, format: string) {
  return z.enum(modes, { error: () => `proposals must be ${modes.join(' or ')} for ${format}.` });
}

/** `GET /api/documents/:id/export.akn.xml`: pending proposals travel as amendment metadata unless left out. */
export const aknExportQuery = z.strictObject({ proposals: proposalsParam(['none', 'tracked'], 'Akoma Ntoso').default('tracked') });

/** `GET /api/documents/:id/export.md`: the clean text, or each paragraph followed by its pending proposals. */
export const markdownExportQuery = z.strictObject({ proposals: proposalsParam(['none', 'compilation'], 'Markdown').default('none') });

/** `GET /api/documents/:id/export.pdf`: the clean text, or the compilation. */
export const pdfExportQuery = z.strictObject({ proposals: proposalsParam(['none', 'compilation'], 'PDF').default('none') });

export type AknExportQuery = z.infer<typeof aknExportQuery>;
export type MarkdownExportQuery = z.infer<typeof markdownExportQuery>;
export type PdfExportQuery = z.infer<typeof pdfExportQuery>;

const revisionRef = z.string().trim().min(1).max(100);

/**
 * `GET /api/documents/:id/export.docx`: `proposals` (none by default), `comments=1` for the caller's readable
 * comments, or `from` (and optionally `to`, the live text when omitted): the redline between two revisions.
 */
export const exportQuery = z
  .strictObject({
    proposals: z.enum(EXPORT_PROPOSAL_MODES).default('none'),
    comments: z.enum(['0', '1']).default('0'),
    from: revisionRef.optional(),
    to: revisionRef.optional(),
  })
  .superRefine((query, ctx) => {
    if (query.to !== undefined && query.from === undefined) {
      ctx.addIssue({ code: 'custom', path: ['from'], message: 'A redline needs `from`, the earlier revision.' });
    }
    if (query.from !== undefined && query.proposals !== 'none') {
      ctx.addIssue({
        code: 'custom',
        path: ['proposals'],
        message: 'A redline between revisions carries no proposals: leave `proposals` out.',
      });
    }
    if (query.from !== undefined && query.comments === '1') {
      ctx.addIssue({ code: 'custom', path: ['comments'], message: 'Comments are exported on the live text, not on a redline.' });
    }
  });
export type ExportQuery = z.infer<typeof exportQuery>;
