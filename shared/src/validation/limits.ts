/**
 * The lengths the server accepts, in characters. Zod-free, so that forms can show how much room is left
 * without loading the request schemas.
 */
export const MAX_PARAGRAPH_TEXT = 10_000;
export const MAX_JUSTIFICATION = 2_000;
export const MAX_REASON = 280;
export const MAX_COSPONSORS = 60;
/** Longest comment a message may hold. */
export const MAX_MESSAGE_LENGTH = 10_000;
/** Longest statement breaking silence, and longest explanation of position or reservation. */
export const MAX_SILENCE_STATEMENT = 5_000;
/** The furthest deadline a silence procedure may be given, in days from its start. */
export const MAX_SILENCE_DAYS = 30;
/** Most paragraphs one position statement may name. */
export const MAX_POSITION_PARAGRAPHS = 100;
