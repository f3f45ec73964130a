import { describe, expect, it } from 'vitest';
import { DEFAULT_RENEWAL_TEMPLATE } from '../settings/schema';
import { englishMessage } from './english.testing';
import {
  groupByCreator,
  renewalMessage,
  unknownPlaceholders,
  type RenewalContext,
} from './renewal';

const context: RenewalContext = {
  template: DEFAULT_RENEWAL_TEMPLATE,
  now: Date.UTC(2026, 10, 25, 12),
  timeZone: 'UTC',
  locale: 'en-US',
  fallback: { creator: 'there', post: 'your post' },
};
const POST = 'https://www.tiktok.com/@maya/video/7300000000000000001';

describe('renewalMessage', () => {
  it('fills the default template for one code', () => {
    const text = renewalMessage(
      [{ creatorHandle: 'maya', expectedPost: POST, expiresAt: Date.UTC(2026, 10, 29) }],
      context,
    );
    expect(text).toBe(
      `Hi @maya, the Spark Ads authorization for ${POST} ends on November 28, 2026. ` +
        'Could you extend it (or send a new code) so the ads keep running? Thank you!',
    );
  });

  it('asks for a new code of a revoked code, whose end is not known', () => {
    const text = renewalMessage([{ creatorHandle: 'maya', expectedPost: POST }], {
      ...context,
      template: englishMessage('renewal_newCodeTemplate'),
    });
    expect(text).toBe(
      `Hi @maya, the Spark Ads code for ${POST} no longer works. Could you turn ad authorization` +
        ' on for it again and send me a new code? Thank you!',
    );
  });

  it('leaves the date and days empty when no code has a known end', () => {
    expect(
      renewalMessage([{ creatorHandle: 'maya' }], { ...context, template: '{date}|{days}' }),
    ).toBe('|');
  });

  it('names every post of a creator and the soonest end', () => {
    const text = renewalMessage(
      [
        { creatorHandle: '@maya', expectedPost: 'post A', expiresAt: Date.UTC(2026, 11, 10) },
        { creatorHandle: 'maya', expectedPost: 'post B', expiresAt: Date.UTC(2026, 10, 27) },
        { creatorHandle: 'maya', expectedPost: 'post A', expiresAt: Date.UTC(2026, 11, 12) },
      ],
      { ...context, template: '{creator}|{post}|{date}|{days}' },
    );
    // 36 hours left count as 2 days, as everywhere else in the extension.
    expect(text).toBe('maya|post A and post B|November 26, 2026|2');
  });

  it('writes the date in the buyer locale and time zone', () => {
    const item = { creatorHandle: 'maya', expiresAt: Date.UTC(2026, 10, 29, 3) };
    const template = '{date}';
    expect(renewalMessage([item], { ...context, template })).toBe('November 29, 2026');
    expect(renewalMessage([item], { ...context, template, timeZone: 'America/New_York' })).toBe(
      'November 28, 2026',
    );
    expect(renewalMessage([item], { ...context, template, locale: 'de-DE' })).toBe(
      '29. November 2026',
    );
  });

  it('reads naturally without a handle or post', () => {
    const text = renewalMessage([{ expiresAt: Date.UTC(2026, 10, 29) }], context);
    expect(text.startsWith('Hi there, the Spark Ads authorization for your post ends on')).toBe(
      true,
    );
  });

  it('falls back to the default template when the saved one is blank', () => {
    const text = renewalMessage([{ creatorHandle: 'maya', expiresAt: Date.UTC(2026, 10, 29) }], {
      ...context,
      template: '   ',
    });
    expect(text.startsWith('Hi @maya')).toBe(true);
  });

  it('leaves unknown placeholders as typed and reports them', () => {
    const template = 'Hi {craetor}, {days} days left {date}';
    expect(unknownPlaceholders(template)).toEqual(['craetor']);
    expect(renewalMessage([{ expiresAt: Date.UTC(2026, 10, 29) }], { ...context, template })).toBe(
      'Hi {craetor}, 4 days left November 28, 2026',
    );
  });
});

describe('groupByCreator', () => {
  it('groups handles ignoring case and @, and skips codes without one', () => {
    const groups = groupByCreator([
      { creatorHandle: 'Maya' },
      { creatorHandle: '@maya' },
      { creatorHandle: 'leo' },
      {},
    ]);
    expect([...groups.entries()].map(([k, v]) => [k, v.length])).toEqual([
      ['maya', 2],
      ['leo', 1],
    ]);
  });
});
