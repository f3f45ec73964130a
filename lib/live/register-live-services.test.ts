import { describe, expect, it } from 'vitest';
import { RejectedMessageError } from '../messaging/protocol';
import { pagesOnly } from './register-live-services';

const ORIGIN = 'chrome-extension://abcdefghijklmnop/';

describe('pagesOnly', () => {
  const handler = pagesOnly('syncApplied', ORIGIN, async () => ({
    ok: true as const,
    onAccount: 0,
    marked: 0,
    complete: true,
  }));

  it.each([
    ['the popup', `${ORIGIN}popup.html`, true],
    ['the options page in a tab', `${ORIGIN}options.html`, true],
    ['the Ads Manager content script', 'https://ads.tiktok.com/i18n/creation', false],
    ['a look-alike origin', 'chrome-extension://abcdefghijklmnopq/popup.html', false],
    ['a sender without a URL', undefined, false],
  ])('%s: allowed = %s', async (_label, url, allowed) => {
    const reply = handler({ advertiserId: '1' }, { id: 'x', url });
    if (allowed) await expect(reply).resolves.toMatchObject({ ok: true });
    else await expect(reply).rejects.toBeInstanceOf(RejectedMessageError);
  });
});
