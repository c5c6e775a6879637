import { z } from 'zod';
import { stakeholderRef, timestamp } from './common.ts';

/** A person named in the audit log. */
export const auditPersonRef = z.strictObject({ id: z.string(), name: z.string() });
export type AuditPersonRef = z.infer<typeof auditPersonRef>;

/** One recorded action: who, in what capacity, for which stakeholder, when, on what. */
export const auditEntryResponse = z.strictObject({
  /** Ascending in the order the actions happened; the `before` cursor of the next page. */
  id: z.number().int(),
  at: timestamp,
  /** The action's code ("proposal.accept"), for filtering. */
  action: z.string(),
  /** The action in plain words ("Accepted a proposal"). */
  actionLabel: z.string(),
  user: auditPersonRef.nullable(),
  stakeholder: stakeholderRef.nullable(),
  /** The capacity the person acted in ("cofacilitator"). */
  role: z.string().nullable(),
  /** The id of what was acted on (a proposal, a thread, a message). */
  target: z.string().nullable(),
  /** The paragraph concerned, if one is. */
  pid: z.string().nullable(),
  /** The paragraph's number now ("OP5"); null when it is no longer in the text or none is concerned. */
  paragraphNumber: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEntryResponse = z.infer<typeof auditEntryResponse>;

export const auditActionOption = z.strictObject({ action: z.string(), label: z.string() });
export type AuditActionOption = z.infer<typeof auditActionOption>;

export const auditLogResponse = z.strictObject({
  /** Newest first. */
  entries: z.array(auditEntryResponse),
  /** Pass as `before` for the next, older page; null on the last page. */
  nextCursor: z.number().int().nullable(),
  /** The people, stakeholders and actions present in the document's log, to filter by. */
  filters: z.strictObject({
    users: z.array(auditPersonRef),
    stakeholders: z.array(stakeholderRef),
    actions: z.array(auditActionOption),
  }),
});
export type AuditLogResponse = z.infer<typeof auditLogResponse>;
