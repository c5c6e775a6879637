import { z } from 'zod';
import { ROLES } from '../domain/index.ts';
import { cleanString, hasLineBreak } from './text-hygiene.ts';

const oneLine = (max: number, required: string) =>
  cleanString({ max, required }).refine((text) => !hasLineBreak(text), 'This is one line.');

export const emailAddress = z.string().trim().toLowerCase().email('Enter an email address.').max(254);
const id = z.string().min(1).max(100);

/** The six official languages of the United Nations, which a process works in. */
export const PROCESS_LANGUAGES = ['en', 'fr', 'es', 'ar', 'zh', 'ru'] as const;
export const PROCESS_LANGUAGE_NAMES: Record<(typeof PROCESS_LANGUAGES)[number], string> = {
  en: 'English',
  fr: 'French',
  es: 'Spanish',
  ar: 'Arabic',
  zh: 'Chinese',
  ru: 'Russian',
};

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(zone);
  } catch {
    return false;
  }
}

/** A person's name as invitations hold it: one line, something visible, at most 200 characters. */
export const personName = oneLine(200, 'A name is required.');

const person = z.object({ email: emailAddress, name: personName, stakeholderId: id });

/** `POST /api/admin/processes`: a negotiation, its compact, its briefs and their leads, and its co-facilitators. */
export const createProcessInput = z.object({
  title: oneLine(300, 'A title is required.'),
  shortTitle: oneLine(60, 'A short title is required.'),
  symbolPrefix: z
    .string()
    .trim()
    .max(40)
    .regex(/^[A-Za-z0-9./()-]*$/, 'A symbol prefix holds letters, digits and . / ( ) - only, as in "A/CONF.231/".')
    .default(''),
  languages: z
    .array(z.enum(PROCESS_LANGUAGES))
    .min(1, 'Choose at least one language.')
    .max(PROCESS_LANGUAGES.length)
    .refine((languages) => new Set(languages).size === languages.length, 'A language is listed twice.')
    .default(['en']),
  timeZone: z.string().trim().max(64).refine(isTimeZone, 'Use a time zone name such as "America/New_York".').default('America/New_York'),
  compactTitle: oneLine(300, 'The compact needs a title.').optional(),
  briefs: z
    .array(
      z.object({
        title: oneLine(300, 'A brief needs a title.'),
        leadStakeholderIds: z.array(id).min(1, 'A brief needs a lead agency.').max(4),
      }),
    )
    .max(20)
    .default([]),
  cofacilitators: z.array(person).max(4).default([]),
});
export type CreateProcessInput = z.infer<typeof createProcessInput>;

/** `POST /api/admin/invitations`: one person, to join a process for a stakeholder in a capacity. */
export const createInvitationInput = person.extend({ role: z.enum(ROLES), processId: id.optional() });
export type CreateInvitationInput = z.infer<typeof createInvitationInput>;

export const MAX_INVITATION_ROWS = 1000;

/** `POST /api/admin/invitations/preview`: a CSV file's text, read and checked row by row; nothing is created. */
export const invitationCsvInput = z.object({
  csv: z.string().max(1_000_000, 'The file is larger than 1 MB.'),
  processId: id.optional(),
});
export type InvitationCsvInput = z.infer<typeof invitationCsvInput>;

/** `POST /api/admin/invitations/batch`: the confirmed rows, created together or not at all. */
export const invitationBatchInput = z.object({
  processId: id.optional(),
  rows: z
    .array(person.extend({ role: z.enum(ROLES) }))
    .min(1, 'No rows to invite.')
    .max(MAX_INVITATION_ROWS),
});
export type InvitationBatchInput = z.infer<typeof invitationBatchInput>;

/** `POST /api/invitations/:token/accept`: the new password, or the current one of an account that already exists. */
export const acceptInvitationInput = z.object({ password: z.string().min(1, 'Enter a password.').max(1024) });

/** `PUT /api/admin/users/:id/membership`: the capacity the person now acts in, in the process. */
export const membershipInput = z.object({ stakeholderId: id, role: z.enum(ROLES), processId: id.optional() });
export type MembershipInput = z.infer<typeof membershipInput>;

/** `PUT /api/admin/groups/:id/members`: every member state of the group. */
export const groupMembersInput = z.object({ memberIds: z.array(id).max(250) });

/** `PUT /api/me/process`: the process this device works in. */
export const currentProcessInput = z.object({ processId: id });

/** `?processId=` on the secretariat's reads. */
export const processQuery = z.object({ processId: id.optional() });
