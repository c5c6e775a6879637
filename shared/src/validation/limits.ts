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
