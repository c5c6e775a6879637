import { z } from 'zod';
import { cleanString } from './text-hygiene.ts';

export const MAX_REVISION_NAME = 80;
export const MAX_REVISION_SYMBOL = 60;
export const MAX_COVER_NOTE = 5_000;

const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'The date is written YYYY-MM-DD.')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'That date does not exist.');

export const issueRevisionInput = z.object({
  name: cleanString({
    max: MAX_REVISION_NAME,
    maxMessage: `A revision's name is limited to ${MAX_REVISION_NAME} characters.`,
    required: 'A revision needs a name, such as "Rev.1".',
  }),
  /** A UN document symbol: letters, digits and the separators symbols use (A/CONF.231/3, A/73/L.66). */
  symbol: cleanString({ max: MAX_REVISION_SYMBOL, maxMessage: `A document symbol is limited to ${MAX_REVISION_SYMBOL} characters.` })
    .regex(/^[\p{L}\p{N}./()\-\s]*$/u, 'A document symbol has letters, digits and the signs / . ( ) - only.')
    .optional()
    .transform((value) => value || null),
  issuedOn: calendarDate.optional(),
  coverNote: cleanString({ max: MAX_COVER_NOTE, maxMessage: `A cover note is limited to ${MAX_COVER_NOTE} characters.` })
    .optional()
    .transform((value) => value || null),
});
export type IssueRevisionInput = z.infer<typeof issueRevisionInput>;
