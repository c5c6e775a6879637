import { z } from 'zod';
import { PARAGRAPH_STATUSES } from '../domain/index.ts';
import { timestamp } from './common.ts';
import { proposalResponse } from './proposals.ts';
import { actorResponse } from './revisions.ts';

/** One change of a paragraph's status; `reopened` when it left an agreed state. */
export const statusChangeResponse = z.strictObject({
  status: z.enum(PARAGRAPH_STATUSES),
  previousStatus: z.enum(PARAGRAPH_STATUSES),
  reopened: z.boolean(),
  note: z.string().nullable(),
  at: timestamp,
  by: actorResponse,
});
export type StatusChangeResponse = z.infer<typeof statusChangeResponse>;

/** A paragraph's whole negotiating record: its text in every revision, its proposals, statuses and comments. */
export const paragraphHistoryResponse = z.strictObject({
  pid: z.string(),
  /** Its number and text now; null once it was deleted. */
  number: z.string().nullable(),
  text: z.string().nullable(),
  status: z.enum(PARAGRAPH_STATUSES),
  revisions: z.array(
    z.strictObject({
      revisionId: z.string(),
      name: z.string(),
      sequence: z.number().int(),
      issuedOn: z.string(),
      /** Null when the paragraph was not in that revision. */
      number: z.string().nullable(),
      text: z.string().nullable(),
    }),
  ),
  /** The proposals on it that the caller may see, first tabled first, and the one that created it. */
  proposals: z.array(proposalResponse),
  /** The proposal whose acceptance inserted the paragraph, if one did. */
  createdByProposalId: z.string().nullable(),
  statusChanges: z.array(statusChangeResponse),
  /** Comment threads on it that the caller may read. */
  comments: z.strictObject({ threads: z.number().int(), open: z.number().int() }),
});
export type ParagraphHistoryResponse = z.infer<typeof paragraphHistoryResponse>;
