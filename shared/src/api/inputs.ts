import { z } from 'zod';
import { INPUT_ATTACHMENT_TYPES, INPUT_PLACEMENTS, INPUT_STATUSES, INPUT_TYPES } from '../domain/index.ts';
import { stakeholderRef, timestamp } from './common.ts';

export const inputSourceResponse = z.strictObject({
  title: z.string(),
  publisher: z.string(),
  year: z.number().int().nullable(),
  url: z.string().nullable(),
  /** One of the contributing agency's own reports. */
  ownReport: z.boolean(),
});
export type InputSourceResponse = z.infer<typeof inputSourceResponse>;

export const inputAttachmentResponse = z.strictObject({
  id: z.string(),
  fileName: z.string(),
  kind: z.enum(Object.keys(INPUT_ATTACHMENT_TYPES) as ['pdf', 'docx', 'xlsx']),
  bytes: z.number().int(),
  /** `GET` it to download; served only to those who may read the brief. */
  url: z.string(),
  uploadedAt: timestamp,
});
export type InputAttachmentResponse = z.infer<typeof inputAttachmentResponse>;

/** What the viewer may do with the input, so clients need not re-derive the rules. */
const inputViewerState = z.strictObject({
  /** The viewer's agency submitted it and it is still undecided (and the brief circulated). */
  canEdit: z.boolean(),
  canWithdraw: z.boolean(),
  /** The viewer is a co-lead of the brief and the input is still undecided. */
  canDecide: z.boolean(),
});

/** A technical input as the caller may see it, labelled against the brief's current numbering. */
export const technicalInputResponse = z.strictObject({
  id: z.string(),
  seq: z.number().int(),
  documentId: z.string(),
  pid: z.string(),
  placement: z.enum(INPUT_PLACEMENTS),
  /** "¶4", "Section 2"; null when the paragraph is gone. */
  paragraphLabel: z.string().nullable(),
  type: z.enum(INPUT_TYPES),
  text: z.string(),
  rationale: z.string(),
  sources: z.array(inputSourceResponse),
  sdgTargets: z.array(z.string()),
  attachment: inputAttachmentResponse.nullable(),
  /** The contributing agency. */
  agency: stakeholderRef,
  author: z.strictObject({ name: z.string() }),
  status: z.enum(INPUT_STATUSES),
  decision: z
    .strictObject({
      by: z.strictObject({ name: z.string(), stakeholder: stakeholderRef }),
      at: timestamp,
      reason: z.string().nullable(),
      /** The words that entered the brief (the co-lead's edit for "incorporated-with-edit"). */
      incorporatedText: z.string().nullable(),
      resultPid: z.string().nullable(),
      /** "IOM input", "IOM input, as revised by OHCHR"; null when declined. */
      attribution: z.string().nullable(),
    })
    .nullable(),
  /** How many times the agency edited it after submitting. */
  edits: z.number().int(),
  viewer: inputViewerState,
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type TechnicalInputResponse = z.infer<typeof technicalInputResponse>;

/** One agency's inputs to one brief, by outcome; "partly taken in" counts inputs incorporated with an edit. */
export const contributionCounts = z.strictObject({
  submitted: z.number().int(),
  incorporated: z.number().int(),
  partlyIncorporated: z.number().int(),
  declined: z.number().int(),
  withdrawn: z.number().int(),
  total: z.number().int(),
});
export type ContributionCounts = z.infer<typeof contributionCounts>;

/** `GET /api/documents/:id/contributions`: who contributed what to one brief. */
export const briefContributionsResponse = z.strictObject({
  documentId: z.string(),
  agencies: z.array(
    z.strictObject({
      agency: stakeholderRef,
      /** The agency holds the pen on this brief. */
      coLead: z.boolean(),
      counts: contributionCounts,
      byType: z.record(z.enum(INPUT_TYPES), z.number().int()),
    }),
  ),
  totals: contributionCounts,
});
export type BriefContributionsResponse = z.infer<typeof briefContributionsResponse>;

/** `GET /api/contributions`: the agencies × briefs matrix of the caller's process (secretariat and GMG). */
export const contributionMatrixResponse = z.strictObject({
  briefs: z.array(z.strictObject({ documentId: z.string(), briefNumber: z.number().int().nullable(), title: z.string() })),
  agencies: z.array(stakeholderRef),
  /** One cell per agency and brief with at least one input, and one per co-lead of a brief even without. */
  cells: z.array(z.strictObject({ agencyId: z.string(), documentId: z.string(), coLead: z.boolean(), counts: contributionCounts })),
});
export type ContributionMatrixResponse = z.infer<typeof contributionMatrixResponse>;
