import { z } from 'zod';
import { ROLES } from '../domain/index.ts';
import { stakeholderResponse } from './common.ts';

const user = z.strictObject({ id: z.string(), email: z.string(), name: z.string() });

/** A process the person takes part in, and their capacity there. */
export const meProcess = z.strictObject({
  id: z.string(),
  title: z.string(),
  shortTitle: z.string(),
  role: z.enum(ROLES),
  roleLabel: z.string(),
  stakeholder: stakeholderResponse,
});
export type MeProcess = z.infer<typeof meProcess>;

/** A signed-in person who takes part in a process, in the capacity they act in. */
export const participantMeResponse = z.strictObject({
  user,
  stakeholder: stakeholderResponse,
  role: z.enum(ROLES),
  roleLabel: z.string(),
  /** "Jane Doe — European Union — delegate" */
  capacity: z.string(),
  process: z.strictObject({ id: z.string(), title: z.string() }),
  /** Groups the stakeholder is a member of (a French delegate: the European Union). */
  groups: z.array(stakeholderResponse),
  /** Every process the person takes part in; `process` is the one this device works in. */
  processes: z.array(meProcess),
});
export type ParticipantMeResponse = z.infer<typeof participantMeResponse>;

/** An account with no membership in any process: only the person. */
export const outsiderMeResponse = z.strictObject({
  user,
  stakeholder: z.null(),
  role: z.null(),
  roleLabel: z.null(),
  capacity: z.string(),
  process: z.null(),
  groups: z.array(stakeholderResponse),
  processes: z.array(meProcess),
});
export type OutsiderMeResponse = z.infer<typeof outsiderMeResponse>;

export const meResponse = z.union([participantMeResponse, outsiderMeResponse]);
export type MeResponse = z.infer<typeof meResponse>;

export const loginResponse = z.strictObject({ me: meResponse });
export type LoginResponse = z.infer<typeof loginResponse>;

/** Whether the caller is signed in, and as whom: answered 200 either way, so a signed-out page has no failed request. */
export const sessionResponse = z.discriminatedUnion('signedIn', [
  z.strictObject({ signedIn: z.literal(false) }),
  z.strictObject({ signedIn: z.literal(true), me: meResponse }),
]);
export type SessionResponse = z.infer<typeof sessionResponse>;
