/** Enough to check a pasted field; more than this is not one authorization session. */
export const MAX_CODES_PER_MESSAGE = 500;

/** How many codes Ads Manager's Apply for Authorization dialog takes at once. */
export const DIALOG_LIMIT = 20;
