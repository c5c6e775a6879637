import { z } from 'zod';

/**
 * Bidi embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069). They change how the text
 * around them is displayed without changing the text itself: "\u202Etnemdnema" shows as "amendment" while
 * the words stored, diffed, compiled, accepted into the compact and exported stay reversed. Nothing a
 * negotiator writes needs them (the display's own bidi algorithm already orders Arabic and Hebrew), so they
 * are removed rather than refused: text pasted from a word processor may carry them innocently. The marks
 * LRM, RLM and ALM (U+200E, U+200F, U+061C) only nudge neutral characters and stay.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** A UTF-16 surrogate without its partner: no character at all, it cannot be stored as UTF-8 or shown. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * What displays as nothing: whitespace, control characters, default-ignorable code points (zero-width
 * space and joiners, word joiner, byte order mark, soft hyphen, variation selectors, tags, Hangul fillers …)
 * and the blank braille pattern that often stands in for a space.
 */
const INVISIBLE = /[\s\p{Cc}\p{Default_Ignorable_Code_Point}\u2800]/gu;

const LINE_BREAK = /[\r\n\u2028\u2029]/;

export const LONE_SURROGATE_MESSAGE = 'The text contains an unpaired UTF-16 surrogate (U+D800–U+DFFF), which is not a character.';

export type TextProblem = 'lone-surrogate' | 'invisible-only';

export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

/** Whether the text runs over more than one line (for one-line fields; multi-line fields keep their newlines). */
export function hasLineBreak(text: string): boolean {
  return LINE_BREAK.test(text);
}

/** Whether the text shows nothing at all (empty, whitespace, zero-width characters …). */
export function isInvisible(text: string): boolean {
  return text.replace(INVISIBLE, '') === '';
}

/** The text as it is stored: bidi controls removed, then composed to NFC so equal words compare equal. */
export function cleanText(text: string): string {
  return text.replace(BIDI_CONTROLS, '').normalize('NFC');
}

/** Why a text cannot be accepted, or null. `required` refuses text that shows nothing. */
export function checkText(text: string, options: { required?: boolean } = {}): TextProblem | null {
  if (hasLoneSurrogate(text)) return 'lone-surrogate';
  if (options.required && isInvisible(text)) return 'invisible-only';
  return null;
}

export interface CleanStringOptions {
  /** The longest text accepted, counted after cleaning (and trimming). */
  max: number;
  maxMessage?: string;
  /** When given, text that shows nothing once cleaned is refused with this message. */
  required?: string;
  /** Whether surrounding whitespace is trimmed after cleaning (default true). */
  trim?: boolean;
}

/**
 * The zod schema of every free-text field a user submits: a lone surrogate is refused, the text is cleaned
 * (`cleanText`), trimmed, then checked for visible content and length. Chain field-specific checks after it.
 */
export function cleanString({ max, maxMessage, required, trim = true }: CleanStringOptions): z.ZodString {
  let schema = z
    .string()
    .refine((text) => !hasLoneSurrogate(text), { message: LONE_SURROGATE_MESSAGE, abort: true })
    .overwrite(cleanText);
  if (trim) schema = schema.trim();
  if (required) schema = schema.refine((text) => !isInvisible(text), { message: required, abort: true });
  return schema.max(max, maxMessage);
}
