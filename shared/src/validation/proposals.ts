import { z } from 'zod';
import { PROPOSAL_KINDS, PROPOSAL_PAGE_MAX } from '../domain/index.ts';
import { MAX_COSPONSORS, MAX_JUSTIFICATION, MAX_PARAGRAPH_TEXT, MAX_REASON } from './limits.ts';
import { cleanString, hasLineBreak } from './text-hygiene.ts';
import { encodePageCursor, pageCursor, pageLimit } from './paging.ts';

export { MAX_COSPONSORS, MAX_JUSTIFICATION, MAX_PARAGRAPH_TEXT, MAX_REASON };

const stakeholderIdField = z.string().trim().min(1).max(100);

/** A whole paragraph: one line of inline text, not blank. Not trimmed: the words are compared with the paragraph's. */
export const proposalParagraphText = cleanString({
  max: MAX_PARAGRAPH_TEXT,
  maxMessage: `A paragraph is limited to ${MAX_PARAGRAPH_TEXT} characters.`,
  required: 'The text must not be empty or only whitespace or invisible characters.',
  trim: false,
}).refine((text) => !hasLineBreak(text), 'A paragraph cannot contain line breaks.');

export const proposalJustification = cleanString({
  max: MAX_JUSTIFICATION,
  maxMessage: `A justification is limited to ${MAX_JUSTIFICATION} characters.`,
});

const reasonField = (required?: string) =>
  cleanString({ max: MAX_REASON, maxMessage: `A reason is limited to ${MAX_REASON} characters.`, required }).refine(
    (text) => !hasLineBreak(text),
    'A reason is one line.',
  );

/** The one-line reason given with a position or a decision. */
export const proposalReason = reasonField();

const tablingFields = {
  pid: z.string().trim().min(1).max(64),
  justification: proposalJustification.optional().default(''),
  onBehalfOf: stakeholderIdField.optional(),
  cosponsors: z
    .array(stakeholderIdField)
    .max(MAX_COSPONSORS)
    .refine((ids) => new Set(ids).size === ids.length, 'Each co-sponsor may be named once.')
    .optional()
    .default([]),
};

/** `POST /api/documents/:id/proposals`. A deletion carries no text (any text sent with it is ignored). */
export const tableProposalInput = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('amend'), text: proposalParagraphText, ...tablingFields }),
    z.object({ kind: z.literal('insert-after'), text: proposalParagraphText, ...tablingFields }),
    z.object({ kind: z.literal('alternative'), text: proposalParagraphText, ...tablingFields }),
    z.object({
      kind: z.literal('delete'),
      text: z
        .unknown()
        .optional()
        .transform(() => undefined),
      ...tablingFields,
    }),
  ],
  { error: (issue) => (issue.code === 'invalid_union' ? `"kind" must be one of: ${PROPOSAL_KINDS.join(', ')}.` : undefined) },
);
export type TableProposalInput = z.infer<typeof tableProposalInput>;

/** `POST /api/proposals/:id/support` | `/oppose`: "can live with" is support; the reason is optional. */
export const proposalPositionInput = z.object({ reason: proposalReason.optional() });
export type ProposalPositionInput = z.infer<typeof proposalPositionInput>;

/** `POST /api/proposals/:id/supersede`: the co-facilitators' compromise replaces the proposal. */
export const supersedeProposalInput = z.object({ reason: proposalReason.optional() });
export type SupersedeProposalInput = z.infer<typeof supersedeProposalInput>;

/** `POST /api/proposals/:id/reject`: a rejection is always explained. */
export const rejectProposalInput = z.object({
  reason: reasonField('Give a reason for the rejection.'),
});
export type RejectProposalInput = z.infer<typeof rejectProposalInput>;

/** `POST /api/proposals/:id/cosponsorship/confirm` | `/decline`: for the caller's own stakeholder unless named. */
export const cosponsorshipInput = z.object({ stakeholderId: stakeholderIdField.optional() });
export type CosponsorshipInput = z.infer<typeof cosponsorshipInput>;

/** `POST /api/proposals/:id/retable`: the author's new wording against the paragraph as it reads now. */
export const retableProposalInput = z.object({ text: proposalParagraphText, justification: proposalJustification.optional() });
export type RetableProposalInput = z.infer<typeof retableProposalInput>;

/**
 * `POST /api/proposals/:id/accept`: a proposal opposed by a delegation is accepted only when the pen-holder
 * says so, having seen the objections.
 */
export const acceptProposalInput = z.object({ overObjections: z.boolean().optional().default(false) });
export type AcceptProposalInput = z.infer<typeof acceptProposalInput>;

/** Bodies of actions that take no input. */
export const emptyProposalInput = z.object({});

const PROPOSAL_CURSOR = 's';

/** The opaque cursor of the proposals listing: where the next page starts in tabling order. */
export function proposalCursor(lastSeq: number): string {
  return encodePageCursor(PROPOSAL_CURSOR, lastSeq);
}

/**
 * `GET /api/documents/:id/proposals`: `pid` keeps only one paragraph's proposals; `limit` or `cursor` asks for
 * one page (`{ items, nextCursor }`) instead of the whole list. Unknown parameters are refused, not ignored.
 */
export const proposalListQuery = z.strictObject({
  pid: z.string().max(200, 'pid is at most 200 characters.').optional(),
  limit: pageLimit(PROPOSAL_PAGE_MAX).optional(),
  cursor: pageCursor(PROPOSAL_CURSOR).optional(),
});
export type ProposalListQuery = z.output<typeof proposalListQuery>;
