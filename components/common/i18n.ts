import { createI18n } from '@wxt-dev/i18n';
import type { Translate } from '../../lib/translate';

/**
 * The buyer's words for every page: names in public/_locales/en/messages.json, read through the
 * browser's i18n. Tests get the English messages from the fake browser.
 */
export const t: Translate = createI18n().t;

/** A count as the buyer writes numbers ("10,000", "10 000"), for a message's `$1`. */
export function num(n: number): string {
  return n.toLocaleString(typeof navigator === 'undefined' ? undefined : navigator.language);
}

/** The language amounts and dates are written in: the browser's. */
export function uiLocale(): string {
  return typeof navigator === 'undefined' ? 'en-US' : navigator.language;
}
