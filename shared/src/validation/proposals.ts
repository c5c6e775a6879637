import { z } from 'zod';
// Zod schemas of the proposal endpoints.
export const _proposalsPlaceholder = z.never().optional();
