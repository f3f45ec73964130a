/** Enough to check a pasted field; more than this is not one authorization session. */
export const MAX_CODES_PER_MESSAGE = 500;
