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

/** How many worded messages {@link remembered} keeps before starting over. */
const REMEMBERED_LIMIT = 2000;

/**
 * `t` that words each message once: the extension's messages never change while a page is open,
 * and the browser's lookup behind `t` costs a call into the browser every time, which adds up
 * when a panel words every check of 20 codes on each paste. Bounded, since substitutions carry
 * codes and dates.
 */
export function remembered(t: Translate): Translate {
  const worded = new Map<string, string>();
  return ((key: string, ...rest: unknown[]) => {
    const id = `${key}\u0000${JSON.stringify(rest)}`;
    const known = worded.get(id);
    if (known !== undefined) return known;
    const text = (t as (key: string, ...args: unknown[]) => string)(key, ...rest);
    if (worded.size >= REMEMBERED_LIMIT) worded.clear();
    worded.set(id, text);
    return text;
  }) as Translate;
}
