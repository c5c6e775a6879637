/** A Word file with no paragraph to make a text of. */
export class EmptyZeroDraftError extends Error {}
