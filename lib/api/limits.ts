/** Enough to check a pasted field; more than this is not one authorization session. */
export const MAX_CODES_PER_MESSAGE = 500;

/** How many codes Ads Manager's Apply for Authorization dialog takes at once. */
export const DIALOG_LIMIT = 20;

/**
 * Bounds on one found code as it travels from the page (content script → panel → background).
 * The sender trims to them and every receiver's schema enforces them, so they live in one place.
 */
export const FOUND_CODE_LIMITS = {
  /** Longer than any code, however it was encoded. */
  code: 400,
  /** The text a code was found in. */
  raw: 4000,
  warnings: 20,
  /** One warning, or the reason a fragment is not a code. */
  message: 300,
  occurrences: 100_000,
  /**
   * The field's whole text, sent so the panel can read each code's creator, post and term from
   * the words around it; a field longer than this is a dump, not a message worth reading.
   */
  fieldText: 20_000,
} as const;
