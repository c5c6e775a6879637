import { z } from 'zod';
import { stakeholderResponse } from './common.ts';

/** A stakeholder that an `@` mention can name, with how many people it would reach. */
export const mentionCandidateResponse = stakeholderResponse.extend({ participants: z.number().int() });
export type MentionCandidateResponse = z.infer<typeof mentionCandidateResponse>;
