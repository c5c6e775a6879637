import { z } from 'zod';

/** How an export shows the pending proposals: left out, as Word tracked changes, or as a compilation text. */
export const EXPORT_PROPOSAL_LAYOUTS = ['none', 'tracked', 'compilation'] as const;
export type ExportProposalLayout = (typeof EXPORT_PROPOSAL_LAYOUTS)[number];

const revisionRef = z.string().trim().min(1).max(100);

/**
 * `GET /api/documents/:id/export.*`: `proposals` (none by default), `comments=1` for the caller's readable
 * comments, or `from` (and optionally `to`, the live text when omitted): the redline between two revisions.
 */
export const exportQuery = z
  .strictObject({
    proposals: z.enum(EXPORT_PROPOSAL_LAYOUTS).default('none'),
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
