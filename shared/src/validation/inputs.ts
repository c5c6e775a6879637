import { z } from 'zod';
import { INPUT_PLACEMENTS, INPUT_TYPES, SDG_TARGET_IDS } from '../domain/index.ts';
import { MAX_JUSTIFICATION, MAX_REASON } from './limits.ts';
import { proposalParagraphText } from './proposals.ts';
import { cleanString, hasLineBreak } from './text-hygiene.ts';

/** Most sources one input may cite, and most SDG targets it may name. */
export const MAX_INPUT_SOURCES = 20;

const oneLine = (max: number, what: string, required?: string) =>
  cleanString({ max, maxMessage: `${what} is limited to ${max} characters.`, required }).refine(
    (text) => !hasLineBreak(text),
    `${what} is one line.`,
  );

const thisYear = () => new Date().getUTCFullYear();

export const inputSourceInput = z.strictObject({
  title: oneLine(500, 'A source title', 'Each source needs a title.'),
  publisher: oneLine(200, 'A publisher', 'Each source needs its publisher.'),
  year: z
    .number({ error: 'A source year is a number, such as 2017.' })
    .int('A source year is a whole number.')
    .min(1900, 'A source year is 1900 or later.')
    .refine((year) => year <= thisYear() + 1, 'A source year cannot be in the future.')
    .nullable()
    .optional()
    .default(null),
  url: z
    .url({ protocol: /^https?$/, error: 'A source link must be an http or https address.' })
    .max(2000, 'A source link is limited to 2000 characters.')
    .nullable()
    .optional()
    .default(null),
  ownReport: z.boolean().optional().default(false),
});

const inputFields = {
  pid: z.string().trim().min(1, 'Say which paragraph or section the input applies to.').max(64),
  placement: z
    .enum(INPUT_PLACEMENTS, { error: `"placement" is one of ${INPUT_PLACEMENTS.join(', ')}.` })
    .optional()
    .default('after'),
  type: z.enum(INPUT_TYPES, { error: `"type" must be one of ${INPUT_TYPES.join(', ')}.` }),
  text: proposalParagraphText,
  rationale: cleanString({ max: MAX_JUSTIFICATION, maxMessage: `A rationale is limited to ${MAX_JUSTIFICATION} characters.` })
    .optional()
    .default(''),
  sources: z
    .array(inputSourceInput)
    .min(1, 'An input cites at least one source as its evidence.')
    .max(MAX_INPUT_SOURCES, `An input cites at most ${MAX_INPUT_SOURCES} sources.`),
  sdgTargets: z
    .array(z.enum(SDG_TARGET_IDS, { error: `An SDG target is one of ${SDG_TARGET_IDS.join(', ')}.` }))
    .refine((ids) => new Set(ids).size === ids.length, 'Each SDG target may be named once.')
    .optional()
    .default([]),
};

/** `POST /api/documents/:id/inputs`. */
export const submitInputInput = z.strictObject(inputFields);
export type SubmitInputInput = z.infer<typeof submitInputInput>;

/** `PATCH /api/inputs/:id`: the agency's edit of its undecided input; what is left out stays as it was. */
export const editInputInput = z
  .strictObject({
    placement: inputFields.placement.unwrap().unwrap().optional(),
    type: inputFields.type.optional(),
    text: inputFields.text.optional(),
    rationale: inputFields.rationale.unwrap().unwrap().optional(),
    sources: inputFields.sources.optional(),
    sdgTargets: inputFields.sdgTargets.unwrap().unwrap().optional(),
  })
  .refine((input) => Object.values(input).some((value) => value !== undefined), 'Send at least one field to change.');
export type EditInputInput = z.infer<typeof editInputInput>;

/** `POST /api/inputs/:id/incorporate`: with `text`, the co-lead's edited wording enters instead of the input's. */
export const incorporateInputInput = z.strictObject({ text: proposalParagraphText.optional() });
export type IncorporateInputInput = z.infer<typeof incorporateInputInput>;

/** `POST /api/inputs/:id/decline`. */
export const declineInputInput = z.strictObject({
  reason: oneLine(MAX_REASON, 'A reason', 'Give the agency a reason for declining its input.'),
});
export type DeclineInputInput = z.infer<typeof declineInputInput>;

/** `POST /api/documents/:id/paragraphs/:pid/links`: the paragraph on the other side (and the input it came from). */
export const createEvidenceLinkInput = z.strictObject({
  documentId: z.string().trim().min(1, 'Say which document the linked paragraph is in.').max(64),
  pid: z.string().trim().min(1, 'Say which paragraph to link.').max(64),
  inputId: z.string().trim().min(1).max(64).optional(),
});
export type CreateEvidenceLinkInput = z.infer<typeof createEvidenceLinkInput>;
