import { z } from 'zod';
import { BRIEF_STAGES } from '../domain/index.ts';
import { timestamp } from './common.ts';

/** One move of a brief through its lifecycle, with who made it, in what capacity, and when. */
export const briefStageChangeResponse = z.strictObject({
  id: z.number().int(),
  from: z.enum(BRIEF_STAGES),
  to: z.enum(BRIEF_STAGES),
  /** The inputs deadline set with a move to circulation; null otherwise. */
  inputsDeadline: timestamp.nullable(),
  userId: z.string(),
  userName: z.string(),
  stakeholderId: z.string(),
  stakeholder: z.string(),
  role: z.string(),
  at: timestamp,
});
export type BriefStageChangeResponse = z.infer<typeof briefStageChangeResponse>;
