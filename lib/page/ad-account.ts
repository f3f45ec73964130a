export interface PageAdAccount {
  id: string;
  source: 'url' | 'switcher';
}

/** Advertiser ids are long numbers; shorter digit runs in a header are counts or dates. */
const ADVERTISER_ID = /(?<!\d)(\d{12,20})(?!\d)/;

/**
 * Where Ads Manager's header names the current account. TikTok ships hashed class names that
 * change, so these are loose attribute matches, tried in order.
 */
const SWITCHER_SELECTORS = [
  '[data-testid*="account-switch" i]',
  '[data-testid*="account-select" i]',
  '[class*="account-switch" i]',
  '[class*="accountswitch" i]',
  '[class*="account-select" i]',
  '[class*="advertiser-switch" i]',
  '[class*="adv-switch" i]',
  '[aria-label*="switch account" i]',
  '[aria-label*="ad account" i]',
];

/** A switcher's text is short; anything longer is a container that happens to match. */
const MAX_SWITCHER_TEXT = 400;

/** `aadvid` in the query, or in the query part of a hash route. */
export function adAccountFromUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const hashQuery = parsed.hash.includes('?') ? parsed.hash.slice(parsed.hash.indexOf('?')) : '';
  for (const params of [parsed.searchParams, new URLSearchParams(hashQuery)]) {
    const value = params.get('aadvid')?.trim();
    if (value && /^\d{1,30}$/.test(value)) return value;
  }
  return undefined;
}

export function adAccountFromSwitcher(root: ParentNode): string | undefined {
  for (const selector of SWITCHER_SELECTORS) {
    for (const element of root.querySelectorAll(selector)) {
      const text = element.textContent ?? '';
      if (text.length > MAX_SWITCHER_TEXT) continue;
      const match = ADVERTISER_ID.exec(text);
      if (match?.[1]) return match[1];
    }
  }
  return undefined;
}

/** The URL is what Ads Manager itself uses, so it wins over text drawn in the header. */
export function detectAdAccount(url: string, root: ParentNode): PageAdAccount | undefined {
  const fromUrl = adAccountFromUrl(url);
  if (fromUrl) return { id: fromUrl, source: 'url' };
  const fromSwitcher = adAccountFromSwitcher(root);
  return fromSwitcher ? { id: fromSwitcher, source: 'switcher' } : undefined;
}
