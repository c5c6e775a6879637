import { z } from 'zod';

/** Entries in one page of the audit log unless the caller asks for fewer or more, and the most it may ask for. */
export const AUDIT_PAGE_DEFAULT = 50;
export const AUDIT_PAGE_MAX = 100;

const identifier = (what: string) =>
  z
    .string()
    .max(100, `${what} is at most 100 characters.`)
    .regex(/^[A-Za-z0-9_-]+$/, `${what} is an id: letters, digits, "-" and "_" only.`);

/** A whole number of at least 1 written in a query string ("50", never "5e1" or " 50"). */
const wholeNumber = (what: string) =>
  z
    .string()
    .regex(/^[1-9][0-9]{0,14}$/, `${what} is a whole number of at least 1.`)
    .transform(Number);

/**
 * `GET /api/documents/:id/audit`: filters by person, stakeholder, action and paragraph, newest first, `limit`
 * entries before the `before` cursor (an entry id). Unknown parameters are refused rather than ignored, so that a
 * misspelt filter never looks like an empty log.
 */
export const auditLogQuery = z.strictObject({
  user: identifier('user').optional(),
  stakeholder: identifier('stakeholder').optional(),
  action: z
    .string()
    .max(64, 'action is at most 64 characters.')
    .regex(/^[a-z]+(?:[.-][a-z]+)*$/, 'action is written like "proposal.accept".')
    .optional(),
  pid: identifier('pid').optional(),
  before: wholeNumber('before').optional(),
  limit: wholeNumber('limit')
    .pipe(z.number().max(AUDIT_PAGE_MAX, `limit is at most ${AUDIT_PAGE_MAX}.`))
    .optional(),
});
export type AuditLogQuery = z.output<typeof auditLogQuery>;
