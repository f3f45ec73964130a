import { scanPaste } from '../codes/scan';
import { detailsFromThread, type ThreadDetails } from '../codes/thread-details';
import { codeFields, type CodeFields } from '../inventory/code-fields';

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
