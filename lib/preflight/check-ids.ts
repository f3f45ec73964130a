/**
 * Every check, in the order the panel and popup list them. Kept apart from the result's schema
 * (check-result.ts) so that code which only needs the ids, such as the verdicts the panel draws
 * its first rows with, builds no schema.
 */
export const checkIds = [
  'format',
  'duplicate',
  'expiry',
  'revocation',
  'wrong-post',
  'region',
  'original-post',
  'shop-ready',
] as const;
export type CheckId = (typeof checkIds)[number];
