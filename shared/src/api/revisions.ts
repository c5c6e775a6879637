import { z } from 'zod';
import { PARAGRAPH_STATUSES, PROPOSAL_STATUSES } from '../domain/index.ts';
import { timestamp } from './common.ts';

/** Who did something, in what capacity: the person and the stakeholder they acted for. */
export const actorResponse = z.strictObject({
  userId: z.string(),
  userName: z.string(),
  stakeholderId: z.string(),
  /** The stakeholder's full name ("Mexico"). */
  stakeholder: z.string(),
  role: z.string(),
});
export type ActorResponse = z.infer<typeof actorResponse>;

export const revisionSummaryResponse = z.strictObject({
  id: z.string(),
  documentId: z.string(),
  /** 1 for the first revision issued on the document, then 2, 3 … */
  sequence: z.number().int(),
  name: z.string(),
  symbol: z.string().nullable(),
  /** The date the revision bears, YYYY-MM-DD. */
  issuedOn: z.string(),
  coverNote: z.string().nullable(),
  issuedBy: actorResponse,
  createdAt: timestamp,
  paragraphCount: z.number().int(),
});
export type RevisionSummaryResponse = z.infer<typeof revisionSummaryResponse>;

/** A block of the text as a revision froze it, with the number it bore in that revision. */
export const revisionBlockResponse = z.strictObject({
  pid: z.string().nullable(),
  type: z.string(),
  level: z.number().int().nullable(),
  number: z.string().nullable(),
  margin: z.string().nullable(),
  text: z.string(),
  runs: z.array(z.strictObject({ text: z.string(), marks: z.array(z.enum(['bold', 'italic'])) })),
});
export type RevisionBlockResponse = z.infer<typeof revisionBlockResponse>;

export const revisionDetailResponse = revisionSummaryResponse.extend({
  blocks: z.array(revisionBlockResponse),
  /** pid → the number the paragraph bore before this revision renumbered it ("11bis"), where it differs. */
  previousNumbers: z.record(z.string(), z.string()),
  /** Every proposal on the document as it stood at issue. */
  proposals: z.array(
    z.strictObject({
      id: z.string(),
      seq: z.number().int(),
      pid: z.string(),
      kind: z.string(),
      status: z.enum(PROPOSAL_STATUSES),
      tablingStakeholderId: z.string(),
    }),
  ),
  /** pid → status for every paragraph whose status was not open. */
  statuses: z.record(z.string(), z.enum(PARAGRAPH_STATUSES)),
});
export type RevisionDetailResponse = z.infer<typeof revisionDetailResponse>;
