import { readFileSync } from 'node:fs';
import type { Translate } from '../translate';
import path from 'node:path';

/**
 * What Chrome's `i18n.getMessage` answers for the English messages, for tests: the message with
 * `$1`…`$9` replaced and `$$` read as `$`. Tests install it on the fake browser so the real
 * @wxt-dev/i18n `t` runs, plural forms included.
 */
const MESSAGES_FILE = path.resolve('public/_locales/en/messages.json');

let messages: Record<string, { message: string }> | undefined;

export function englishMessages(): Record<string, { message: string }> {
  messages ??= JSON.parse(readFileSync(MESSAGES_FILE, 'utf8')) as Record<
    string,
    { message: string }
  >;
  return messages;
}

export function englishMessage(name: string, substitutions?: string | (string | number)[]): string {
  const entry = englishMessages()[name];
  if (!entry) return '';
  const values = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
  return entry.message.replace(/\$(\$|[1-9])/g, (_, which: string) =>
    which === '$' ? '$' : String(values[Number(which) - 1] ?? ''),
  );
}

/**
 * `createI18n().t` over the shipped English messages without a browser, for pure tests that run
 * where no fake browser is installed: substitutions, and " | " plural forms picked by the count
 * the way @wxt-dev/i18n picks them.
 */
export const englishTranslate: Translate = (
  key: string,
  countOrSubstitutions?: number | (string | number)[],
  maybeSubstitutions?: (string | number)[],
): string => {
  const count = typeof countOrSubstitutions === 'number' ? countOrSubstitutions : undefined;
  const substitutions =
    (Array.isArray(countOrSubstitutions) ? countOrSubstitutions : maybeSubstitutions) ??
    (count === undefined ? [] : [count]);
  const name = key.replaceAll('.', '_');
  // A typo in a message name would otherwise show as an empty line and pass unnoticed.
  if (!englishMessages()[name]) throw new Error(`No English message named ${name}`);
  const message = englishMessage(name, substitutions);
  if (count === undefined) return message;
  const forms = message.split(' | ');
  if (forms.length === 2) return forms[count === 1 ? 0 : 1] ?? message;
  if (forms.length === 3) return forms[count === 0 || count === 1 ? count : 2] ?? message;
  return message;
};
