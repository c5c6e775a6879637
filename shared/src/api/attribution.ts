import { z } from 'zod';
import { timestamp } from './common.ts';

/**
 * One stretch of a paragraph's current text and who wrote it. Words that entered through an accepted proposal
 * belong to the stakeholder that tabled it (`userName` is the delegate who tabled it). Every writer field is
 * null for text written before history was kept.
 */
export const attributedRunResponse = z.strictObject({
  text: z.string(),
  userId: z.string().nullable(),
  userName: z.string().nullable(),
  stakeholderId: z.string().nullable(),
  /** The stakeholder's full name ("European Union"). */
  stakeholder: z.string().nullable(),
  role: z.string().nullable(),
  /** When the run's first character was written. */
  at: timestamp.nullable(),
  proposalId: z.string().optional(),
  /** The co-facilitator who accepted the proposal the words came from. */
  acceptedBy: z.strictObject({ userId: z.string(), userName: z.string() }).optional(),
  /** Words the writer, a pen-holder, put back when reopening the decision on this accepted proposal. */
  reopenedProposalId: z.string().optional(),
  /**
   * Words a technical input brought into a brief: they belong to the contributing agency (`stakeholder`), and
   * `revisedBy` names the co-lead agency when its edited wording entered ("IOM input, as revised by OHCHR").
   */
  inputId: z.string().optional(),
  revisedBy: z.strictObject({ userName: z.string(), stakeholder: z.string(), shortName: z.string() }).optional(),
  /** "IOM input" or "IOM input, as revised by OHCHR". */
  inputLabel: z.string().optional(),
});
export type AttributedRunResponse = z.infer<typeof attributedRunResponse>;
