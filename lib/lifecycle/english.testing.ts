import { readFileSync } from 'node:fs';
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
