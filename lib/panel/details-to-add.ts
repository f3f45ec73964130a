import { mergeDetails, type CodeFieldErrors, type CodeFields } from '../inventory/code-fields';
import { readCodeFields } from '../inventory/read-code-fields';
import type { CodeDetails } from '../records/schema';

/*
 * Apart from suggested-details.ts, which the panel's first rows use: reading what the buyer typed
 * checks it with the record's schema, which the panel loads only when a code is added.
 */

export type DetailsReading =
  { ok: true; details: CodeDetails } | { ok: false; errors: CodeFieldErrors };

/**
 * The details to store with a code added from the panel: what the buyer typed (or accepted)
 * for it, and the page's ad account, since codes pasted on an account's page are meant for it.
 */
export function detailsToAdd(
  fields: CodeFields,
  accountId: string | undefined,
  today: string,
): DetailsReading {
  const own = readCodeFields(fields, today);
  if (!own.ok) return own;
  return {
    ok: true,
    details: mergeDetails(own.details, accountId ? { adAccountId: accountId } : {}),
  };
}
