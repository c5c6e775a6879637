import { z } from 'zod';
import { STAKEHOLDER_KINDS } from '../domain/index.ts';

/** Every refused request: `{ error: { code, message } }`, with the zod issues as `details` for invalid input. */
export const errorResponse = z.strictObject({
  error: z.strictObject({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorResponse = z.infer<typeof errorResponse>;

/** A stakeholder named inside another answer. */
export const stakeholderRef = z.strictObject({ id: z.string(), name: z.string(), shortName: z.string() });
export type StakeholderRef = z.infer<typeof stakeholderRef>;

export const stakeholderResponse = z.strictObject({
  id: z.string(),
  name: z.string(),
  shortName: z.string(),
  kind: z.enum(STAKEHOLDER_KINDS),
});
export type StakeholderResponse = z.infer<typeof stakeholderResponse>;

/** Timestamps are ISO 8601 strings. */
export const timestamp = z.string();
