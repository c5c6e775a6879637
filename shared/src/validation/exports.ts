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
