import { z } from 'zod';
import { BRIEF_STAGES, DOCUMENT_KINDS } from '../domain/index.ts';
import { NEGOTIABLE_NODE_TYPES } from '../schema/nodeNames.ts';
import { timestamp } from './common.ts';
import { statusCountsResponse } from './paragraph-statuses.ts';

/** The last revision issued: the document's current stage. */
export const currentRevisionResponse = z.strictObject({
  id: z.string(),
  name: z.string(),
  sequence: z.number().int(),
  symbol: z.string().nullable(),
  issuedOn: z.string(),
});
export type CurrentRevisionResponse = z.infer<typeof currentRevisionResponse>;

export const documentSummaryResponse = z.strictObject({
  id: z.string(),
  kind: z.enum(DOCUMENT_KINDS),
  title: z.string(),
  processId: z.string(),
  status: z.string(),
  /** An issue brief's stage in its lifecycle; null for the compact, whose state is its revisions and silence. */
  stage: z.enum(BRIEF_STAGES).nullable(),
  /** When a circulated brief's co-leads want the agencies' inputs by; null when none is set. */
  inputsDeadline: timestamp.nullable(),
  /** Issue briefs are numbered 1–6 in the process; null for the compact. */
  briefNumber: z.number().int().nullable(),
  /** Short names of the stakeholders holding the pen. */
  penHolders: z.array(z.string()),
  /** Lead agencies of a brief: with the caller's role and stakeholder, all the client needs to ask `can()`. */
  leadStakeholderIds: z.array(z.string()),
  canEdit: z.boolean(),
  /** May table proposals on this document. */
  canTable: z.boolean(),
  /** May accept, reject or supersede proposals (holds the pen). */
  canDecide: z.boolean(),
  lastActivityAt: timestamp.nullable(),
  paragraphCount: z.number().int(),
  /** The last revision issued, or null before the first. */
  currentRevision: currentRevisionResponse.nullable(),
  /** How many paragraphs are open, bracketed, agreed ad referendum and agreed. */
  statusCounts: statusCountsResponse,
  /** When the text was adopted under silence and became final (read-only); null while it is negotiated. */
  adoptedAt: timestamp.nullable(),
  /** The revision adopted as the final text; null while there is none. */
  finalRevisionId: z.string().nullable(),
  /** While a revision is under silence, its deadline: until then the text is frozen. */
  underSilenceUntil: timestamp.nullable(),
});
export type DocumentSummaryResponse = z.infer<typeof documentSummaryResponse>;

export const paragraphResponse = z.strictObject({
  pid: z.string(),
  type: z.enum(NEGOTIABLE_NODE_TYPES),
  /** The numbering label ("PP3", "OP12", "OP12(a)", "¶4"); "" for section headings. */
  number: z.string(),
  text: z.string(),
});
export type ParagraphResponse = z.infer<typeof paragraphResponse>;

/**
 * The numbers the live text keeps until the next revision: the last revision's numbered blocks, in its order,
 * and what each paragraph was numbered before that revision renumbered it ("was 11bis").
 */
export const numberingResponse = z.strictObject({
  revisionId: z.string(),
  baseline: z.array(
    z.strictObject({ pid: z.string(), type: z.string(), level: z.number().int().nullable(), label: z.string(), margin: z.string() }),
  ),
  previousNumbers: z.record(z.string(), z.string()),
});
export type NumberingResponse = z.infer<typeof numberingResponse>;

export const documentDetailResponse = documentSummaryResponse.extend({
  paragraphs: z.array(paragraphResponse),
  /** Null before the first revision: the text is then numbered cleanly. */
  numbering: numberingResponse.nullable(),
});
export type DocumentDetailResponse = z.infer<typeof documentDetailResponse>;
