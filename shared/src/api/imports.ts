import { z } from 'zod';

/** A proposal an uploaded Word file will table once confirmed. */
export const importedProposalResponse = z.strictObject({
  pid: z.string(),
  kind: z.enum(['amend', 'delete', 'insert-after']),
  /** The whole proposed paragraph; absent for a deletion. */
  text: z.string().optional(),
  /** "OP12": the paragraph changed, or the one a new paragraph follows. */
  paragraphLabel: z.string(),
  /** The authors the file gives its tracked changes. */
  authors: z.array(z.string()),
  /** The paragraph moved on since the download: the change was re-applied to the current text. */
  rebased: z.boolean(),
  /** Found by the paragraph id the export embeds, or by its words when the file lost the id. */
  matchedBy: z.enum(['id', 'text']),
});
export type ImportedProposalResponse = z.infer<typeof importedProposalResponse>;

/** A change of the file that cannot become a proposal, with the reason. */
export const unmatchedChangeResponse = z.strictObject({ text: z.string(), reason: z.string() });

/** `POST /api/documents/:id/imports/amendments`: what the file will table; nothing is tabled yet. */
export const amendmentImportResponse = z.strictObject({
  id: z.string(),
  documentId: z.string(),
  proposals: z.array(importedProposalResponse),
  unmatched: z.array(unmatchedChangeResponse),
});
export type AmendmentImportResponse = z.infer<typeof amendmentImportResponse>;

export const ZERO_DRAFT_BLOCK_TYPES = ['sectionHeading', 'preambularParagraph', 'operativeParagraph', 'subPoint'] as const;
export type ZeroDraftBlockType = (typeof ZERO_DRAFT_BLOCK_TYPES)[number];

/** One block a zero draft was read into: its kind, its words (typed numbering stripped) and, for sub-points, its level. */
export const zeroDraftBlock = z.strictObject({
  type: z.enum(ZERO_DRAFT_BLOCK_TYPES),
  text: z.string(),
  level: z.union([z.literal(1), z.literal(2)]).nullable(),
  /** The number typed in the file ("12.", "(a)"), which the platform replaces with its own. */
  typedNumber: z.string().nullable(),
});
export type ZeroDraftBlock = z.infer<typeof zeroDraftBlock>;

/** `POST /api/imports/zero-draft`: the mapping to review before the document is made. */
export const zeroDraftImportResponse = z.strictObject({
  id: z.string(),
  title: z.string(),
  blocks: z.array(zeroDraftBlock),
});
export type ZeroDraftImportResponse = z.infer<typeof zeroDraftImportResponse>;

/** `POST /api/imports/:id/confirm` of amendments. */
export const amendmentConfirmResponse = z.strictObject({ proposalIds: z.array(z.string()) });
export type AmendmentConfirmResponse = z.infer<typeof amendmentConfirmResponse>;
