import { afterEach, describe, expect, it } from 'vitest';
import { adAccountFromSwitcher, adAccountFromUrl, detectAdAccount } from './ad-account';

afterEach(() => document.body.replaceChildren());

function page(markup: string): Document {
  document.body.innerHTML = markup;
  return document;
}

describe('adAccountFromUrl', () => {
  it.each([
    ['https://ads.tiktok.com/i18n/creation?aadvid=7000000000000000001', '7000000000000000001'],
    [
      'https://ads.tiktok.com/i18n/creation?foo=1&aadvid=7123456789012345678&x=2',
      '7123456789012345678',
    ],
    ['https://ads.tiktok.com/i18n/#/creative?aadvid=7000000000000000009', '7000000000000000009'],
    ['https://ads.tiktok.com/i18n/creation?aadvid=abc', undefined],
    ['https://ads.tiktok.com/i18n/creation', undefined],
    ['not a url', undefined],
  ])('%s -> %s', (url, id) => {
    expect(adAccountFromUrl(url)).toBe(id);
  });
});

describe('adAccountFromSwitcher', () => {
  it('reads the long id shown in the account switcher', () => {
    const doc = page(
      '<header><div class="AccountSwitcher_x12"><span>Acme US</span> <span>ID: 7000000000000000042</span></div></header>',
    );
    expect(adAccountFromSwitcher(doc)).toBe('7000000000000000042');
  });

  it('ignores short numbers and text outside a switcher', () => {
    const doc = page(
      '<div class="account-switcher">Acme · 12 campaigns</div><p>7000000000000000042</p>',
    );
    expect(adAccountFromSwitcher(doc)).toBeUndefined();
  });
});

describe('detectAdAccount', () => {
  it('prefers the URL over the switcher', () => {
    const doc = page('<div data-testid="account-switcher">ID 7000000000000000042</div>');
    expect(detectAdAccount('https://ads.tiktok.com/x?aadvid=7000000000000000001', doc)).toEqual({
      id: '7000000000000000001',
      source: 'url',
    });
    expect(detectAdAccount('https://ads.tiktok.com/x', doc)).toEqual({
      id: '7000000000000000042',
      source: 'switcher',
    });
    expect(detectAdAccount('https://ads.tiktok.com/x', page(''))).toBeUndefined();
  });
});
