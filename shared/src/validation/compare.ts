import { z } from 'zod';

const textRef = z.string().trim().min(1).max(100);

/** `GET /api/documents/:id/compare`: two texts, each a revision id or `live`, and optionally one stakeholder's changes. */
export const compareQuery = z.object({
  from: textRef,
  to: textRef,
  stakeholder: z.string().trim().min(1).max(100).optional(),
});
export type CompareQuery = z.infer<typeof compareQuery>;

/** The live text, as a side of a comparison. */
export const LIVE_TEXT = 'live';
