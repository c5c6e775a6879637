import { z } from 'zod';
import { ROLES } from '../domain/index.ts';
import { cleanString, hasLineBreak } from './text-hygiene.ts';
import { newPassword } from './password-policy.ts';

export const loginInput = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(1024),
});
export type LoginInput = z.infer<typeof loginInput>;

export const createUserInput = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  name: cleanString({ max: 200, required: 'A name is required.' }).refine((name) => !hasLineBreak(name), 'A name is one line.'),
  password: newPassword,
  stakeholderId: z.string().min(1).max(100),
  role: z.enum(ROLES),
});
export type CreateUserInput = z.infer<typeof createUserInput>;
