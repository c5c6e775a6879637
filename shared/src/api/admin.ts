import { z } from 'zod';
import { ROLES } from '../domain/index.ts';

/** The account `POST /api/admin/users` created. */
export const createdUserResponse = z.strictObject({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  stakeholderId: z.string(),
  role: z.enum(ROLES),
});
export type CreatedUserResponse = z.infer<typeof createdUserResponse>;

/** Public settings of this installation. */
export const configResponse = z.strictObject({ demo: z.boolean() });
export type ConfigResponse = z.infer<typeof configResponse>;
