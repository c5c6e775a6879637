import { z } from 'zod';
import { PARAGRAPH_STATUSES } from '../domain/index.ts';
import { timestamp } from './common.ts';
import { actorResponse } from './revisions.ts';

const paragraphStatus = z.enum(PARAGRAPH_STATUSES);

/** How many of the paragraphs now in the text stand in each state (no recorded status counts as open). */
export const statusCountsResponse = z.strictObject({
  open: z.number().int(),
  bracketed: z.number().int(),
  'agreed-ad-ref': z.number().int(),
  agreed: z.number().int(),
});
export type StatusCountsResponse = z.infer<typeof statusCountsResponse>;

/** Where one paragraph stands; `changedAt` and `changedBy` are null for a paragraph never given a status. */
export const paragraphStatusResponse = z.strictObject({
  pid: z.string(),
  status: paragraphStatus,
  changedAt: timestamp.nullable(),
  changedBy: actorResponse.nullable(),
});
export type ParagraphStatusResponse = z.infer<typeof paragraphStatusResponse>;

/** Every paragraph that ever had a status, with its current one, and the counts over the text as it is. */
export const documentStatusesResponse = z.strictObject({
  statuses: z.array(paragraphStatusResponse),
  counts: statusCountsResponse,
});
export type DocumentStatusesResponse = z.infer<typeof documentStatusesResponse>;

/** One change of a paragraph's status, oldest first in a history. */
export const statusTransitionResponse = z.strictObject({
  id: z.number().int(),
  pid: z.string(),
  from: paragraphStatus,
  to: paragraphStatus,
  /** The transition left an agreed state: the paragraph was reopened. */
  reopened: z.boolean(),
  note: z.string().nullable(),
  actor: actorResponse,
  at: timestamp,
});
export type StatusTransitionResponse = z.infer<typeof statusTransitionResponse>;
