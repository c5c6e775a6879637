import { z } from 'zod';
import { BRIEF_STAGES } from '../domain/index.ts';

/** `PUT /api/documents/:id/stage`: the stage to move a brief to, and, with circulation, when inputs are due. */
export const setBriefStageInput = z
  .strictObject({
    stage: z.enum(BRIEF_STAGES, { error: `The stage is one of ${BRIEF_STAGES.join(', ')}.` }),
    inputsDeadline: z.iso
      .datetime({ offset: true, error: 'The inputs deadline must be an ISO 8601 date and time with its time zone.' })
      .optional(),
  })
  .refine((input) => input.inputsDeadline === undefined || input.stage === 'circulated', {
    message: 'An inputs deadline is set only when the brief is circulated for comments.',
    path: ['inputsDeadline'],
  });
export type SetBriefStageInput = z.infer<typeof setBriefStageInput>;
