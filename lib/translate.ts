/**
 * The shape of `createI18n().t` from @wxt-dev/i18n, so pure code can word things in the buyer's
 * language without importing the extension runtime. Keys are names in
 * public/_locales/en/messages.json; a count picks the singular or plural form.
 */
export interface Translate {
  (key: string, substitutions?: (string | number)[]): string;
  (key: string, count: number, substitutions?: (string | number)[]): string;
}

/** A message name plus what fills its `$1`, `$2`…, so pure code can explain without wording. */
export interface Explanation {
  key: string;
  values: string[];
}

export function explain(key: string, ...values: (string | number)[]): Explanation {
  return { key, values: values.map(String) };
}
