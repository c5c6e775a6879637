import { z } from 'zod';
import { ZERO_DRAFT_BLOCK_TYPES } from '../api/imports.ts';
import { MAX_PARAGRAPH_TEXT } from './limits.ts';
import { cleanString, hasLineBreak } from './text-hygiene.ts';

/** Most blocks a zero draft may have. */
export const MAX_ZERO_DRAFT_BLOCKS = 2_000;

const blockText = cleanString({
  max: MAX_PARAGRAPH_TEXT,
  maxMessage: `A paragraph is limited to ${MAX_PARAGRAPH_TEXT} characters.`,
  required: 'A block must have some words: remove it instead.',
}).refine((text) => !hasLineBreak(text), 'A paragraph cannot contain line breaks.');

/**
 * `POST /api/imports/:id/confirm` of a zero draft: with no body the preview is taken as read; with one, the
 * secretariat's corrected mapping (title and blocks) is what the document is made of.
 */
export const confirmZeroDraftInput = z
  .strictObject({
    title: cleanString({
      max: 300,
      maxMessage: 'A title is limited to 300 characters.',
      required: 'The document needs a title.',
    }).optional(),
    blocks: z
      .array(
        z.strictObject({
          type: z.enum(ZERO_DRAFT_BLOCK_TYPES, { error: `A block's type is one of ${ZERO_DRAFT_BLOCK_TYPES.join(', ')}.` }),
          text: blockText,
          level: z
            .union([z.literal(1), z.literal(2)])
            .nullable()
            .optional()
            .default(null),
        }),
      )
      .min(1, 'A zero draft needs at least one paragraph.')
      .max(MAX_ZERO_DRAFT_BLOCKS, `A zero draft is limited to ${MAX_ZERO_DRAFT_BLOCKS} blocks.`)
      .optional(),
  })
  .refine((input) => !input.blocks || input.blocks.some((b) => b.type !== 'sectionHeading'), {
    message: 'A zero draft needs at least one paragraph, not only headings.',
    path: ['blocks'],
  })
  .refine((input) => !input.blocks || input.blocks[0]?.type !== 'subPoint', {
    message: 'A sub-point must follow a paragraph: the first block cannot be one.',
    path: ['blocks', 0, 'type'],
  });
export type ConfirmZeroDraftInput = z.infer<typeof confirmZeroDraftInput>;
