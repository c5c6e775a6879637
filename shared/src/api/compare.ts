import { z } from 'zod';
import { timestamp } from './common.ts';

/**
 * Where a change came from: an accepted proposal, in its tabling stakeholder's name, an incorporated technical
 * input, in its agency's name, or a pen-holder's own edit.
 */
export const changeAttributionResponse = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('proposal'),
    proposalId: z.string(),
    /** The stakeholder that tabled it ("European Union"). */
    stakeholderId: z.string(),
    stakeholder: z.string(),
    acceptedAt: timestamp.nullable(),
  }),
  z.strictObject({
    kind: z.literal('input'),
    inputId: z.string(),
    /** The contributing agency, whose words the input brought in. */
    stakeholderId: z.string(),
    stakeholder: z.string(),
    /** "IOM input" or "IOM input, as revised by OHCHR". */
    label: z.string(),
    incorporatedAt: timestamp.nullable(),
  }),
  z.strictObject({
    kind: z.literal('edit'),
    userId: z.string(),
    userName: z.string(),
    /** The stakeholder the pen-holder acted for ("Mexico"), in `role` ("cofacilitator"). */
    stakeholderId: z.string(),
    stakeholder: z.string(),
    role: z.string(),
    /** When the change was logged (for a run of changes, the first of them). */
    at: timestamp.nullable(),
  }),
]);
export type ChangeAttributionResponse = z.infer<typeof changeAttributionResponse>;

/** A stretch of a compared paragraph: kept, inserted or deleted, a change with where it came from when known. */
export const comparedSegmentResponse = z.strictObject({
  op: z.enum(['equal', 'insert', 'delete']),
  text: z.string(),
  attribution: changeAttributionResponse.optional(),
});
export type ComparedSegmentResponse = z.infer<typeof comparedSegmentResponse>;

export const comparedBlockResponse = z.strictObject({
  pid: z.string().nullable(),
  type: z.string(),
  level: z.number().int().nullable(),
  change: z.enum(['unchanged', 'changed', 'new', 'deleted', 'moved']),
  /** The number it bore in the earlier text; null when new or not numbered. */
  fromNumber: z.string().nullable(),
  /** The number it bears in the later text; null when deleted or not numbered. */
  toNumber: z.string().nullable(),
  /** Who added, deleted or moved the paragraph itself, for those changes. */
  attribution: changeAttributionResponse.optional(),
  /** Equal and delete read as the earlier text, equal and insert as the later one. */
  segments: z.array(comparedSegmentResponse),
});
export type ComparedBlockResponse = z.infer<typeof comparedBlockResponse>;

/** One side of a comparison: a revision or the live text. */
export const comparedTextResponse = z.union([
  z.strictObject({ id: z.string(), name: z.string() }),
  z.strictObject({ live: z.literal(true) }),
]);
export type ComparedTextResponse = z.infer<typeof comparedTextResponse>;

export const compareResponse = z.strictObject({
  from: comparedTextResponse,
  to: comparedTextResponse,
  /** The blocks in the later text's order, deleted ones at their old place; only those with a change of `stakeholder` when filtered. */
  blocks: z.array(comparedBlockResponse),
});
export type CompareResponse = z.infer<typeof compareResponse>;
