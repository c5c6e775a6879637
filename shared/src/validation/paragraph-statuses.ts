import { z } from 'zod';
import { PARAGRAPH_STATUSES } from '../domain/index.ts';
import { MAX_REASON } from './limits.ts';
import { cleanString, hasLineBreak } from './text-hygiene.ts';

/** Why the status changed, kept with the transition ("agreed in informals on 12 May"). */
const statusNote = cleanString({ max: MAX_REASON, maxMessage: `A note is limited to ${MAX_REASON} characters.` }).refine(
  (text) => !hasLineBreak(text),
  { message: 'A note is one line.' },
);

export const setParagraphStatusInput = z.strictObject({
  status: z.enum(PARAGRAPH_STATUSES),
  note: statusNote.optional(),
});
export type SetParagraphStatusInput = z.infer<typeof setParagraphStatusInput>;
