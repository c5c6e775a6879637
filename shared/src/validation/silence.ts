import { z } from 'zod';
import { POSITION_STATEMENT_KINDS } from '../domain/index.ts';
import { MAX_POSITION_PARAGRAPHS, MAX_SILENCE_STATEMENT } from './limits.ts';
import { cleanString } from './text-hygiene.ts';

export { MAX_POSITION_PARAGRAPHS, MAX_SILENCE_STATEMENT };

export const startSilenceInput = z.object({
  revisionId: z.string().min(1).max(100),
  /** ISO 8601 with a time zone; absent: DEFAULT_SILENCE_HOURS from now. */
  deadline: z.iso.datetime({ offset: true, error: 'The deadline must be an ISO 8601 date and time with its time zone.' }).optional(),
});
export type StartSilenceInput = z.infer<typeof startSilenceInput>;

export const breakSilenceInput = z.object({
  statement: cleanString({
    max: MAX_SILENCE_STATEMENT,
    maxMessage: `A statement is limited to ${MAX_SILENCE_STATEMENT} characters.`,
    required: 'Breaking silence takes a written statement.',
  }),
});
export type BreakSilenceInput = z.infer<typeof breakSilenceInput>;

export const positionStatementInput = z.object({
  kind: z.enum(POSITION_STATEMENT_KINDS),
  /** The paragraphs it concerns; empty for the text as a whole. */
  pids: z
    .array(z.string().min(1).max(64))
    .max(MAX_POSITION_PARAGRAPHS)
    .refine((pids) => new Set(pids).size === pids.length, { message: 'Each paragraph may be named once.' }),
  body: cleanString({
    max: MAX_SILENCE_STATEMENT,
    maxMessage: `A statement is limited to ${MAX_SILENCE_STATEMENT} characters.`,
    required: 'The statement cannot be empty.',
  }),
});
export type PositionStatementInput = z.infer<typeof positionStatementInput>;
