import { z } from 'zod';
// Zod schemas of the comment endpoints.
export const _threadsPlaceholder = z.never().optional();
