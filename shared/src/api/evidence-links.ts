import { z } from 'zod';
import { stakeholderRef, timestamp } from './common.ts';

/** One end of an evidence link, labelled against its document's current numbering. */
const linkEnd = z.strictObject({
  documentId: z.string(),
  /** "Global Compact …", "Issue brief 3: …". */
  documentTitle: z.string(),
  briefNumber: z.number().int().nullable(),
  pid: z.string(),
  /** "OP12", "¶4"; null when the paragraph is no longer in the text. */
  paragraphLabel: z.string().nullable(),
});

/**
 * Evidence behind a compact paragraph: a brief paragraph, or an incorporated input in it ("informed by Issue
 * brief 3, ¶4, IOM input"). Both ends are paragraph ids, so the link survives renumbering and edits.
 */
export const evidenceLinkResponse = z.strictObject({
  id: z.string(),
  compact: linkEnd,
  brief: linkEnd,
  input: z.strictObject({ id: z.string(), agency: stakeholderRef }).nullable(),
  /** "Informed by Issue brief 3, ¶4, IOM input". */
  label: z.string(),
  createdBy: z.strictObject({ name: z.string(), stakeholder: stakeholderRef, role: z.string() }),
  createdAt: timestamp,
  /** The viewer may remove it (who may create it may remove it). */
  canRemove: z.boolean(),
});
export type EvidenceLinkResponse = z.infer<typeof evidenceLinkResponse>;
