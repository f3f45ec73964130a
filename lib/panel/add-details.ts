import { scanPaste } from '../codes/scan';
import { detailsFromThread, type ThreadDetails } from '../codes/thread-details';
import {
  codeFields,
  mergeDetails,
  readCodeFields,
  type CodeFieldErrors,
  type CodeFields,
} from '../inventory/code-fields';
import type { CodeDetails } from '../records/schema';

/**
 * What the field's own words say about each code: the creator's @handle, the post URL and the
 * term written next to it, as when a buyer pastes a creator's whole message into the field.
 * Read with the same rules as the popup's Add box, so both suggest the same details.
 */
export function suggestionsFromField(
  text: string | undefined,
  today: string,
): ReadonlyMap<string, ThreadDetails> {
  if (!text) return new Map();
  const scan = scanPaste(text);
  return detailsFromThread(text, scan.codes, today);
}

/** The inputs of a code's add form, filled with what its own words suggest. */
export function suggestedFields(
  suggestions: ReadonlyMap<string, ThreadDetails>,
  code: string,
): CodeFields {
  return codeFields(suggestions.get(code));
}

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
