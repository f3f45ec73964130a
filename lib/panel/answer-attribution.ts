/** Enough of a code to recognise it inside a message that quotes it shortened. */
const QUOTED_PREFIX_LENGTH = 16;

/**
 * Which of the field's codes an Ads Manager message is about: the ones it quotes, or the only
 * code in the field. A message about one of several codes that names none of them belongs to no
 * code: recording it on all would mark good codes as failed.
 */
export function codesForAnswer(text: string, codes: readonly string[]): string[] {
  const quoted = codes.filter(
    (code) => text.includes(code) || text.includes(code.slice(0, QUOTED_PREFIX_LENGTH)),
  );
  if (quoted.length > 0) return quoted;
  return codes.length === 1 ? [...codes] : [];
}
